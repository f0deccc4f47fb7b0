/* Mixture-of-experts decode reads only the chosen experts: on the CPU
 * plan, the weight bytes of a decode step are the dense part (attention,
 * routers, shared experts, norms are vectors and not counted, the head)
 * plus k of the E experts of every expert layer, never all E.
 *   moe MODEL-DIR */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "gen/gen.h"
#include "model/config.h"
#include "tap.h"

int
main(int argc, char **argv)
{
	struct model_config c;
	struct gen g;
	char p[4096], embed[160];

	if (argc != 2)
		return 2;
	snprintf(p, sizeof(p), "%s/config.json", argv[1]);
	struct gen_opts o = { .capacity = 64, .chunk = 8, .backend = "cpu", .exec = { .threads = 1 } };
	if (!ok(cfg_load(&c, p) == 0 && gen_open(&g, argv[1], &o) == 0, "%s opens", argv[1])) {
		printf("# %s\n", err_reason());
		return done();
	}
	int moe_layers = 0;
	for (int l = 0; l < c.layers; l++)
		moe_layers += (c.lflags[l] & LF_MOE) != 0;
	ok(c.experts > c.topk && moe_layers > 0, "%d experts, %d a token, %d expert layers", c.experts, c.topk,
	    moe_layers);
	cfg_name(&c, W_EMBED, 0, 0, embed, sizeof(embed));
	strcat(embed, ".weight");
	/* what the graphs bound: matrices are read by the GEMVs */
	int64_t dense = 0, experts = 0;
	for (int i = 0; i < g.nbound; i++) {
		const struct st_tensor *t = st_find(&g.st, g.bound[i]);
		if (t->rank != 2 || (!strcmp(g.bound[i], embed) && !c.tie_embeddings))
			continue;	/* vectors; an untied embedding is a row lookup */
		if (strstr(g.bound[i], "experts."))
			experts += (int64_t)t->nbytes;
		else
			dense += (int64_t)t->nbytes;
	}
	int ids[3] = { 1, 5, 9 }, next = gen_prefill(&g, ids, 3);
	for (int i = 0; i < 3 && next >= 0; i++)
		next = gen_step(&g, next);
	if (!ok(next >= 0, "prefill and three decode steps run"))
		printf("# %s\n", err_reason());
	int64_t want = dense + experts / c.experts * c.topk;
	is_int(g.step_bytes, want, "a decode step reads the dense part and %d of %d experts: %.1f kB, not %.1f kB",
	    c.topk, c.experts, (double)want / 1e3, (double)(dense + experts) / 1e3);
	gen_close(&g);
	cfg_free(&c);
	return done();
}
