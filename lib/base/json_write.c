#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/json.h"

void
json_fput_str(FILE *fp, const char *s, size_t n)
{
	fputc('"', fp);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': fputs("\\\"", fp); break;
		case '\\': fputs("\\\\", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\r': fputs("\\r", fp); break;
		case '\t': fputs("\\t", fp); break;
		case '\b': fputs("\\b", fp); break;
		case '\f': fputs("\\f", fp); break;
		default:
			if (c < 0x20)
				fprintf(fp, "\\u%04x", c);
			else
				fputc(c, fp);
		}
	}
	fputc('"', fp);
}

static void
put_num(FILE *fp, const struct json *v)
{
	char buf[40];

	if (v->is_int) {
		fprintf(fp, "%lld", (long long)v->inum);
		return;
	}
	if (isnan(v->num)) {
		fputs("NaN", fp);
		return;
	}
	if (isinf(v->num)) {
		fputs(v->num < 0 ? "-Infinity" : "Infinity", fp);
		return;
	}
	/* the shortest spelling that reads back the same, as Python's repr */
	for (int p = 1; p <= 17; p++) {
		snprintf(buf, sizeof(buf), "%.*g", p, v->num);
		if (strtod(buf, NULL) == v->num)
			break;
	}
	if (!strpbrk(buf, ".eEn"))
		strcat(buf, ".0");
	fputs(buf, fp);
}

static void
newline(FILE *fp, int indent, int depth)
{
	if (!indent)
		return;
	fputc('\n', fp);
	for (int i = 0; i < indent * depth; i++)
		fputc(' ', fp);
}

static void
put(FILE *fp, const struct json *v, int indent, int depth)
{
	size_t i;

	switch (v->type) {
	case JSON_NULL: fputs("null", fp); break;
	case JSON_BOOL: fputs(v->boolean ? "true" : "false", fp); break;
	case JSON_NUMBER: put_num(fp, v); break;
	case JSON_STRING: json_fput_str(fp, v->str, v->n); break;
	case JSON_ARRAY:
		fputc('[', fp);
		for (i = 0; i < v->n; i++) {
			if (i)
				fputs(indent ? "," : ", ", fp);
			newline(fp, indent, depth + 1);
			put(fp, &v->items[i], indent, depth + 1);
		}
		if (v->n)
			newline(fp, indent, depth);
		fputc(']', fp);
		break;
	case JSON_OBJECT:
		fputc('{', fp);
		for (i = 0; i < v->n; i++) {
			if (i)
				fputs(indent ? "," : ", ", fp);
			newline(fp, indent, depth + 1);
			json_fput_str(fp, v->members[i].key, v->members[i].keylen);
			fputs(": ", fp);
			put(fp, &v->members[i].val, indent, depth + 1);
		}
		if (v->n)
			newline(fp, indent, depth);
		fputc('}', fp);
		break;
	}
}

void
json_fput(FILE *fp, const struct json *v, int indent)
{
	put(fp, v, indent, 0);
}
