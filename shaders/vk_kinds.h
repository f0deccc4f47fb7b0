/* Shared by the C side (lib/exec/vk) and the shaders: the element type
 * codes (those of enum dtype, base/dtype.h), the scalar op codes of the
 * elementwise template (shaders/common.glsl), and the parameter layouts. */
#ifndef VK_KINDS_H
#define VK_KINDS_H

/* element types: enum dtype's values */
#define T_BOOL 1
#define T_I8 2
#define T_I16 3
#define T_I32 4
#define T_I64 5
#define T_U8 6
#define T_U16 7
#define T_U32 8
#define T_U64 9
#define T_F16 10
#define T_BF16 11
#define T_F32 12
#define T_F64 13

/* scalar ops: unary */
#define E_ABS 1
#define E_NEG 2
#define E_EXP 3
#define E_EXPM1 4
#define E_LOG 5
#define E_LOG1P 6
#define E_SQRT 7
#define E_RSQRT 8
#define E_CBRT 9
#define E_SIN 10
#define E_COS 11
#define E_TAN 12
#define E_TANH 13
#define E_LOGISTIC 14
#define E_FLOOR 15
#define E_CEIL 16
#define E_ROUND_AFZ 17
#define E_ROUND_EVEN 18
#define E_SIGN 19
#define E_NOT 20
#define E_POPCNT 21
#define E_CLZ 22
#define E_IS_FINITE 23
#define E_ATAN 24
#define E_CONVERT 25	/* TA to TR */
#define E_COPY 26	/* the bits as they are (bitcast) */
/* binary */
#define E_ADD 40
#define E_SUB 41
#define E_MUL 42
#define E_DIV 43
#define E_REM 44
#define E_POW 45
#define E_ATAN2 46
#define E_MAX 47
#define E_MIN 48
#define E_AND 49
#define E_OR 50
#define E_XOR 51
#define E_SHL 52
#define E_SHRL 53
#define E_SHRA 54
/* compare: E_CMP + direction (EQ NE LT LE GT GE) + 8 * kind
 * (0 float or default, 1 total order, 2 signed, 3 unsigned) */
#define E_CMP 64
/* ternary */
#define E_SELECT 100
#define E_CLAMP 101
#define E_IOTA 102	/* no operand: (i / aux0) % aux1 */

#define E_IS_UNARY(o) ((o) >= 1 && (o) < 40)
#define E_IS_BINARY(o) ((o) >= 40 && (o) < 100)

/* Programs (shaders/prog.glsl): a fused elementwise expression, a
 * reduction's input and body, a scatter's body.  Instructions of
 * BC_WORDS words over BC_REGS registers that hold the raw bits of a
 * value of its type; the index of an element is its coordinates c[] in
 * the program's index space (up to 8 dims).
 *   I_OP    op, TA, TR, TB, dst, a, b, c: R[dst] = eval(op...) (TB: the
 *           type of select's operands, the others' TA)
 *   I_CONST dst, lo, hi: R[dst] = the bits
 *   I_LOAD  dst, buffer, byte address, stored type, type, base, then a
 *           stride a dim: R[dst] = the element at base + sum c[d] stride[d]
 *           (elements), widened from the stored type
 *   I_IOTA  dst, type, base, then a stride a dim: R[dst] = that index
 *           as a value of the type */
#define BC_WORDS 16
#define BC_REGS 64
#define I_OP 1
#define I_CONST 2
#define I_LOAD 3
#define I_IOTA 4

#endif
