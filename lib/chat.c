#include <stdint.h>
#include <string.h>

#include "chat.h"
#include "strbuf.h"
#include "utf8.h"
#include "util.h"

static const char llama3[] =
    "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = "
    "'<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'+ message['content'] | trim + "
    "'<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}"
    "{{ content }}{% endfor %}";
static const char llama3_tail[] = "{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}";
static const char llama3_1_tail[] =
    "{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}";

enum chat_family
chat_family_of(const char *t)
{
	size_t n = sizeof(llama3) - 1;

	if (strncmp(t, llama3, n) != 0)
		return CHAT_UNKNOWN;
	if (!strcmp(t + n, llama3_tail))
		return CHAT_LLAMA3;
	if (!strcmp(t + n, llama3_1_tail))
		return CHAT_LLAMA3_1;
	return CHAT_UNKNOWN;
}

const char *
chat_family_name(enum chat_family f)
{
	return f == CHAT_LLAMA3 ? "llama3" : f == CHAT_LLAMA3_1 ? "llama3.1" : "unknown";
}

/* Python's str.isspace(), which jinja's trim uses */
static int
py_space(uint32_t c)
{
	return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
	    c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
	    c == 0x202F || c == 0x205F || c == 0x3000;
}

static void
put_trimmed(struct strbuf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t start = 0, end = n, k;

	while (start < n && py_space(utf8_decode(p + start, n - start, &k)))
		start += k;
	/* from the end: step back to each character's first byte */
	while (end > start) {
		size_t b0 = end - 1;
		while (b0 > start && (p[b0] & 0xC0) == 0x80)
			b0--;
		if (!py_space(utf8_decode(p + b0, end - b0, &k)))
			break;
		end = b0;
	}
	sb_putn(b, s + start, end - start);
}

char *
chat_render(enum chat_family f, const char *bos, const struct chat_msg *m, int n,
    int add_generation_prompt, size_t *len)
{
	struct strbuf b = { 0 };

	for (int i = 0; i < n; i++) {
		if (i == 0 && bos)
			sb_puts(&b, bos);
		sb_puts(&b, "<|start_header_id|>");
		sb_puts(&b, m[i].role);
		sb_puts(&b, "<|end_header_id|>\n\n");
		put_trimmed(&b, m[i].content, m[i].clen);
		sb_puts(&b, "<|eot_id|>");
	}
	if (f == CHAT_LLAMA3 || add_generation_prompt)
		sb_puts(&b, "<|start_header_id|>assistant<|end_header_id|>\n\n");
	*len = b.len;
	return b.s ? b.s : estrdup("");
}
