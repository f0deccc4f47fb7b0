#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/json.h"
#include "compare/oracle.h"
#include "base/util.h"

static int
ids(const char *file, const struct json *root, const char *key, int **out, size_t *n)
{
	const struct json *a = json_get(root, key);

	*out = NULL;
	*n = 0;
	if (!a)
		return 0;
	if (a->type != JSON_ARRAY)
		return err_set("%s:%d:%d: %s: expected an array of token ids, got %s", file,
		    a->line, a->col, key, json_type_an(a->type));
	*out = ereallocarray(NULL, a->n ? a->n : 1, sizeof(**out));
	for (size_t i = 0; i < a->n; i++) {
		const struct json *v = &a->items[i];
		if (v->type != JSON_NUMBER || !v->is_int || v->inum < 0 || v->inum > 0x7FFFFFFF) {
			free(*out);
			*out = NULL;
			return err_set("%s:%d:%d: %s[%zu]: not a token id", file, v->line, v->col, key, i);
		}
		(*out)[i] = (int)v->inum;
	}
	*n = a->n;
	return 1;
}

int
oracle_load(struct oracle *o, const char *path)
{
	struct json_doc *d = json_load(path);
	const struct json *r, *v;
	const char *file;
	int has;

	memset(o, 0, sizeof(*o));
	o->stop_id = -1;
	if (!d)
		return -1;
	r = json_root(d);
	file = json_name(d);
	if (r->type != JSON_OBJECT) {
		err_set("%s: expected a JSON object, got %s", file, json_type_an(r->type));
		goto fail;
	}
	if ((o->has_prompt = ids(file, r, "prompt_ids", &o->prompt, &o->nprompt)) < 0)
		goto fail;
	if ((has = ids(file, r, "ref_token_ids", &o->tokens, &o->ntokens)) < 0)
		goto fail;
	if (!has) {
		err_set("%s: ref_token_ids: missing", file);
		goto fail;
	}
	if ((v = json_get(r, "stopped_at_eog")) && v->type != JSON_NULL) {
		if (v->type != JSON_BOOL) {
			err_set("%s:%d:%d: stopped_at_eog: expected true or false", file, v->line, v->col);
			goto fail;
		}
		o->stopped = v->boolean;
	}
	if ((v = json_get(r, "stop_token_id")) && v->type != JSON_NULL) {
		if (v->type != JSON_NUMBER || !v->is_int || v->inum < 0 || v->inum > 0x7FFFFFFF) {
			err_set("%s:%d:%d: stop_token_id: not a token id", file, v->line, v->col);
			goto fail;
		}
		o->stop_id = (int)v->inum;
	}
	if (o->stopped && o->stop_id < 0) {
		/* the comparison needs the id the oracle stopped at */
		err_set("%s: stopped_at_eog is true but stop_token_id is %s", file,
		    json_get(r, "stop_token_id") ? "null" : "missing");
		goto fail;
	}
	json_free(d);
	return 0;
fail:
	json_free(d);
	oracle_free(o);
	return -1;
}

void
oracle_free(struct oracle *o)
{
	free(o->prompt);
	free(o->tokens);
	o->prompt = o->tokens = NULL;
	o->nprompt = o->ntokens = 0;
}

struct oracle_result
oracle_compare(const struct oracle *w, const struct oracle *g)
{
	struct oracle_result r = { .verdict = ORACLE_MATCH, .want = -1, .got = -1, .total = w->ntokens };
	size_t i, n;

	if (w->has_prompt && g->has_prompt) {
		n = w->nprompt < g->nprompt ? w->nprompt : g->nprompt;
		for (i = 0; i < n && w->prompt[i] == g->prompt[i]; i++)
			;
		if (i < n || w->nprompt != g->nprompt) {
			r.verdict = ORACLE_PROMPT_DIFFERS;
			r.at = i;
			r.want = i < w->nprompt ? w->prompt[i] : -1;
			r.got = i < g->nprompt ? g->prompt[i] : -1;
			return r;
		}
	}
	n = w->ntokens < g->ntokens ? w->ntokens : g->ntokens;
	for (i = 0; i < n && w->tokens[i] == g->tokens[i]; i++)
		;
	r.matched = i;
	r.at = i;
	if (i < n) {
		r.verdict = ORACLE_TOKEN_DIFFERS;
		r.want = w->tokens[i];
		r.got = g->tokens[i];
		return r;
	}
	if (g->ntokens < w->ntokens) {
		r.verdict = ORACLE_RUN_STOPPED;
		r.want = w->tokens[i];
		r.got = g->stopped ? g->stop_id : -1;
		return r;
	}
	if (w->stopped) {
		/* the oracle chose its stop token here: so must the run */
		int got = g->ntokens > i ? g->tokens[i] : g->stopped ? g->stop_id : -1;
		if (got != w->stop_id || (g->ntokens == i && !g->stopped)) {
			r.verdict = ORACLE_RUN_WENT_ON;
			r.want = w->stop_id;
			r.got = got;
		}
	}
	return r;
}
