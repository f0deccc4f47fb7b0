/* RoPE in the graphs: the emitter writes the inverse frequencies as a
 * short constant and the graph takes cosine and sine of position times
 * frequency, instead of a (capacity, head_dim) table.  Both must match an
 * f64 reference within 1 ulp. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/config.h"
#include "model/emit.h"
#include "base/json.h"
#include "tap.h"

static int64_t
ulps(float a, float b)
{
	int32_t ia, ib;

	memcpy(&ia, &a, 4);
	memcpy(&ib, &b, 4);
	if (ia < 0)
		ia = INT32_MIN - ia;
	if (ib < 0)
		ib = INT32_MIN - ib;
	return llabs((long long)ia - ib);
}

/* transformers' formula in f64 */
static double
ref_inv(const struct model_config *c, int i)
{
	double inv = 1.0 / pow(c->rope_theta, (double)(2 * i) / c->head_dim);

	if (c->rope != ROPE_LLAMA3)
		return inv;
	double lw = c->rope_orig_max_pos / c->rope_low_freq;
	double hw = c->rope_orig_max_pos / c->rope_high_freq;
	double wl = 2 * 3.14159265358979323846 / inv;
	if (wl < hw)
		return inv;
	if (wl > lw)
		return inv / c->rope_factor;
	double sm = (c->rope_orig_max_pos / wl - c->rope_low_freq) / (c->rope_high_freq - c->rope_low_freq);
	return (1 - sm) * inv / c->rope_factor + sm * inv;
}

static void
check(const char *name, int capacity)
{
	const struct cfg_bundled *bc = cfg_bundled_find(name);
	struct json_doc *d = json_parse(bc->json, strlen(bc->json), name);
	struct model_config c;
	float inv[256];
	int64_t worst = 0, worst_tab = 0;

	if (!ok(d && cfg_parse(&c, json_root(d), name) == 0, "%s parses", name))
		return;
	c.rotary_dim = c.head_dim;
	emit_rope_inv_freq(&c, c.rope_theta, inv);
	for (int i = 0; i < c.head_dim / 2; i++) {
		int64_t u = ulps(inv[i], (float)ref_inv(&c, i));
		if (u > worst)
			worst = u;
	}
	ok(worst <= 1, "%s: inverse frequencies within 1 ulp of f64 (worst %lld)", name, (long long)worst);
	/* what the graph computes, f32 product then cosine and sine, against
	 * a table computed in f64 from the same f32 product */
	for (int p = 0; p < capacity; p++) {
		for (int i = 0; i < c.head_dim / 2; i++) {
			float f = (float)p * inv[i];
			int64_t u1 = ulps(cosf(f), (float)cos((double)f));
			int64_t u2 = ulps(sinf(f), (float)sin((double)f));
			if (u1 > worst_tab)
				worst_tab = u1;
			if (u2 > worst_tab)
				worst_tab = u2;
		}
	}
	ok(worst_tab <= 1, "%s: cos/sin of %d positions within 1 ulp of f64 (worst %lld)",
	    name, capacity, (long long)worst_tab);
	cfg_free(&c);
	json_free(d);
}

int
main(void)
{
	check("llama", 8192);
	check("qwen2", 8192);
	check("tiny", 64);

	/* llama3 scaling: the highest frequency stays, the lowest is
	 * divided by the factor */
	const struct cfg_bundled *bc = cfg_bundled_find("llama");
	struct json_doc *d = json_parse(bc->json, strlen(bc->json), "llama");
	struct model_config c;
	float inv[32];
	cfg_parse(&c, json_root(d), "llama");
	c.rotary_dim = c.head_dim;
	emit_rope_inv_freq(&c, c.rope_theta, inv);
	ok(inv[0] == 1.0f, "llama3: inv_freq[0] is 1");
	ok(ulps(inv[31], (float)(pow(500000.0, -62.0 / 64) / 32)) <= 1, "llama3: lowest frequency divided by 32");
	cfg_free(&c);
	json_free(d);
	return done();
}
