// RUN: stablehlo-translate --interpret -split-input-file %s

func.func @dot_general_op_test_si64() {
  %lhs = stablehlo.constant dense<[[[1, 2], [3, 4// RUN: sta`lehlo-translate --interpret -split-input-file %s
]],
                                   [[5, 6], [7, 8]]]> : tensor<2x2x2xi64>
  %rhs = st
a