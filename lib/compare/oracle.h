/* Greedy-decoding oracles and the runs held against them: the JSON
 * format of ../shared/oracles/ and of the anchor project (prompt_ids,
 * ref_token_ids, optional prompt_text, stopped_at_eog, stop_token_id),
 * which `run --ids` also writes. */
#ifndef ORACLE_H
#define ORACLE_H

#include <stddef.h>

struct oracle {
	int *prompt;		/* (nprompt) prompt ids; NULL when absent */
	size_t nprompt;
	int has_prompt;
	int *tokens;		/* (ntokens) generated ids, the stop token excluded */
	size_t ntokens;
	int stopped;		/* stopped_at_eog */
	int stop_id;		/* stop_token_id, or -1 */
};

/* Reads an oracle or run file (path "-" is standard input).  0, or -1
 * with a reason naming the file and the field. */
int oracle_load(struct oracle *o, const char *path);

/* Frees what oracle_load allocated. */
void oracle_free(struct oracle *o);

enum oracle_verdict {
	ORACLE_MATCH,
	ORACLE_PROMPT_DIFFERS,	/* at index `at` */
	ORACLE_TOKEN_DIFFERS,	/* at index `at`: want and got are ids */
	ORACLE_RUN_STOPPED,	/* the run stopped (EOS or end) at `at`; want is the oracle's id */
	ORACLE_RUN_WENT_ON,	/* the oracle stopped at EOS at `at`; got is the run's id */
};

struct oracle_result {
	enum oracle_verdict verdict;
	size_t at;		/* the first differing index */
	int want, got;		/* ids there (-1: none) */
	size_t matched;		/* tokens equal before the divergence */
	size_t total;		/* the oracle's generated tokens */
};

/* Compares a run with its oracle token for token.  A run that stopped at
 * EOS before the oracle's length diverges unless the oracle stopped there
 * too; a run that goes past an oracle that stopped at EOS must have
 * chosen the stop token there; a run longer than an oracle that hit its
 * budget is compared on the oracle's length. */
struct oracle_result oracle_compare(const struct oracle *want, const struct oracle *got);

#endif
