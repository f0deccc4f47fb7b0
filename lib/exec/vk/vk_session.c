/* The Vulkan backend's session: weights uploaded once (in the type the
 * checkpoint stores: a bf16 weight of an f32 argument stays bf16 and the
 * kernels widen it), states as device buffers updated in place, and each
 * graph compiled at load into one command buffer that a run submits
 * once: the inputs copied in from a host-visible buffer, every op a
 * dispatch (a barrier between), the outputs copied out.  The check ops
 * of the conformance tests are the only ops the host runs: after the
 * submission, on the device's values read back, by the interpreter's
 * own check (exec/interp.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/util.h"
#include "exec/interp.h"
#include "exec/vk/vk_int.h"

static struct vsession *
S(struct exec_session *s)
{
	return (struct vsession *)s;
}

static int
find_w(struct vsession *v, const char *name)
{
	for (int i = 0; i < v->nw; i++)
		if (!strcmp(v->w[i].name, name))
			return i;
	return -1;
}

static int
find_s(struct vsession *v, const char *name)
{
	for (int i = 0; i < v->ns; i++)
		if (!strcmp(v->s[i].name, name))
			return i;
	return -1;
}

static struct exec_session *
vs_open(const struct exec_opts *o)
{
	struct vk_ctx *c = vk_ctx_get();

	if (!c)
		return NULL;
	struct vsession *v = ecalloc(1, sizeof(*v));
	v->base.be = &vk_backend;
	v->c = c;
	v->wg = o && o->wg > 0 ? o->wg : 64;
	v->tier = o && o->tier > 0 ? 1 : 0;
	/* HLO_VK_TIER: 0 keeps the generic kernels, 1 specializes from the
	 * first run (for bisecting the two tiers) */
	const char *te = getenv("HLO_VK_TIER");
	v->notier = te && *te == '0';
	if (te && *te == '1')
		v->tier = 1;
	if (v->wg > (int)c->props.limits.maxComputeWorkGroupSize[0])
		v->wg = (int)c->props.limits.maxComputeWorkGroupSize[0];
	snprintf(v->base.device, sizeof(v->base.device), "%.127s", c->name);
	return &v->base;
}

static int
vs_weight(struct exec_session *s, const char *name, const struct tensor *t)
{
	struct vsession *v = S(s);

	if (find_w(v, name) >= 0)
		return err_set("weight '%s' given twice", name);
	v->w = ereallocarray(v->w, (size_t)v->nw + 1, sizeof(*v->w));
	struct vk_weight *w = &v->w[v->nw++];
	memset(w, 0, sizeof(*w));
	w->name = estrdup(name);
	w->t = *t;
	w->t.borrowed = 1;
	return 0;
}

static int
same_shape(const struct mlir_type *a, const struct mlir_type *b)
{
	return a->rank == b->rank && !memcmp(a->dim, b->dim, sizeof(a->dim[0]) * (size_t)a->rank);
}

static int
vs_state(struct exec_session *s, const char *name, const struct mlir_type *t)
{
	struct vsession *v = S(s);
	int i = find_s(v, name);
	int64_t nb = tensor_bytes(t);

	if (nb < 0)
		return err_set("state '%s': %s", name, err_reason());
	if (i >= 0 && v->s[i].type.dt == t->dt && same_shape(&v->s[i].type, t))
		return vk_buf_zero(v->c, &v->s[i].buf, 0, v->s[i].buf.size);
	if (i < 0) {
		v->s = ereallocarray(v->s, (size_t)v->ns + 1, sizeof(*v->s));
		i = v->ns++;
		memset(&v->s[i], 0, sizeof(v->s[i]));
		v->s[i].name = estrdup(name);
	} else {
		for (int k = 0; k < v->ng; k++)
			for (int j = 0; j < v->g[k]->nv; j++)
				if (v->g[k]->v[j].home == H_STATE && v->g[k]->v[j].hi == i)
					return err_set("state '%s' changes type under a loaded graph", name);
		vk_buf_free(v->c, &v->s[i].buf);
	}
	v->s[i].type = *t;
	v->s[i].nbytes = (size_t)nb;
	if (vk_buf_new(v->c, &v->s[i].buf, (VkDeviceSize)nb, 0) < 0)
		return -1;
	return vk_buf_zero(v->c, &v->s[i].buf, 0, v->s[i].buf.size);
}

static int
vs_copy(struct exec_session *s, const char *dst, const char *src, const struct exec_copy *cp)
{
	struct vsession *v = S(s);
	int d = find_s(v, dst), r = find_s(v, src);
	VkCommandBuffer cb;

	if (d < 0 || r < 0)
		return err_set("no state '%s'", d < 0 ? dst : src);
	if (cp->n < 0 || cp->bytes < 0 ||
	    (cp->n && (cp->soff < 0 || cp->doff < 0 || cp->sstride < 0 || cp->dstride < 0 ||
	    cp->soff + (cp->n - 1) * cp->sstride + cp->bytes > (int64_t)v->s[r].nbytes ||
	    cp->doff + (cp->n - 1) * cp->dstride + cp->bytes > (int64_t)v->s[d].nbytes)))
		return err_set("a copy from state '%s' to '%s' runs past one of them", src, dst);
	if (!cp->n || !cp->bytes)
		return 0;
	if (d == r)
		return err_set("a copy within state '%s'", src);
	VkBufferCopy *rg = ecalloc((size_t)cp->n, sizeof(*rg));
	for (int64_t i = 0; i < cp->n; i++)
		rg[i] = (VkBufferCopy){ .srcOffset = (VkDeviceSize)(cp->soff + i * cp->sstride),
			.dstOffset = (VkDeviceSize)(cp->doff + i * cp->dstride), .size = (VkDeviceSize)cp->bytes };
	if (vk_cmd_begin(v->c, &cb) < 0) {
		free(rg);
		return -1;
	}
	v->c->vkCmdCopyBuffer(cb, v->s[r].buf.b, v->s[d].buf.b, (uint32_t)cp->n, rg);
	free(rg);
	VkMemoryBarrier mb = { .sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER, .srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT,
		.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_READ_BIT |
		    VK_ACCESS_HOST_READ_BIT };
	v->c->vkCmdPipelineBarrier(cb, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_PIPELINE_STAGE_ALL_COMMANDS_BIT, 0, 1, &mb,
	    0, NULL, 0, NULL);
	return vk_cmd_submit(v->c, cb, 1);
}

static int
vs_read(struct exec_session *s, const char *name, struct tensor **out)
{
	struct vsession *v = S(s);
	int i = find_s(v, name);

	if (i < 0)
		return err_set("no state '%s'", name);
	struct tensor *t = tensor_new_raw(&v->s[i].type);
	if (!t)
		return -1;
	if (vk_buf_read(v->c, &v->s[i].buf, 0, t->data, t->nbytes) < 0) {
		tensor_free(t);
		return -1;
	}
	*out = t;
	return 0;
}

/* HLO_VK_PROFILE: the dispatches that took the most time, on stderr
 * (a developer's aid, as HLO_PLAN_DEBUG is the CPU plan's). */
static void
profile_report(const struct vgraph *g)
{
	static const char *const sh[] = { "ew0", "ew1", "ew2", "ew3", "copy", "dot", "reduce0", "reduce1", "reduce2",
		"reduce3", "gather", "scatter", "dotq", "ewf0", "ewf1", "ewf2", "ewf3", "redf0", "redf1", "redf2", "redf3" };
	double total = 0, by[VKS_COUNT] = { 0 };
	int *ix = ecalloc((size_t)g->nd + 1, sizeof(int)), cnt[VKS_COUNT] = { 0 };

	if (!g->runs) {
		free(ix);
		return;
	}
	for (int i = 0; i < g->nd; i++) {
		total += g->prof[i];
		by[g->d[i].sh] += g->prof[i];
		cnt[g->d[i].sh]++;
		ix[i] = i;
	}
	fprintf(stderr, "vulkan profile: %s: %d dispatches, %.3f ms a run (%d runs)\n", g->m->file, g->nd,
	    total / 1e6 / g->runs, g->runs);
	for (int k = 0; k < VKS_COUNT; k++)
		if (cnt[k])
			fprintf(stderr, "  %-8s %4d dispatches %9.3f ms\n", sh[k], cnt[k], by[k] / 1e6 / g->runs);
	for (int n = 0; n < 12 && n < g->nd; n++) {
		int best = n;
		for (int i = n + 1; i < g->nd; i++)
			if (g->prof[ix[i]] > g->prof[ix[best]])
				best = i;
		int t = ix[n];
		ix[n] = ix[best];
		ix[best] = t;
		const struct disp *d = &g->d[ix[n]];
		const struct mlir_op *op = d->op >= 0 && d->op < g->nops ? g->ops[d->op].op : NULL;
		fprintf(stderr, "  %9.3f ms %-7s n %-8u %s:%d %s\n", g->prof[ix[n]] / 1e6 / g->runs, sh[d->sh], d->n,
		    g->m->file, op ? op->line : 0, op ? op_name(op->code) : "");
	}
	free(ix);
}

static void
free_graph(struct vsession *s, struct vgraph *g)
{
	struct vk_ctx *c = s->c;

	if (!g)
		return;
	if (g->qp) {
		profile_report(g);
		c->vkDestroyQueryPool(c->dev, g->qp, NULL);
	}
	free(g->prof);
	if (g->cb)
		c->vkFreeCommandBuffers(c->dev, c->cpool, 1, &g->cb);
	if (g->dpool)
		c->vkDestroyDescriptorPool(c->dev, g->dpool, NULL);
	vk_buf_free(c, &g->arena);
	vk_buf_free(c, &g->params);
	vk_buf_free(c, &g->io);
	for (int i = 0; i < g->nops; i++) {
		free(g->ops[i].in);
		free(g->ops[i].out);
	}
	free(g->ops);
	free(g->v);
	free(g->par);
	free(g->d);
	free(g->in_v), free(g->out_v), free(g->in_off), free(g->out_off);
	free(g->res_v), free(g->res_s), free(g->res);
	free(g->checks);
	interp_free(&g->ip);
	free(g);
}

static int
upload_weight(struct vsession *s, int i)
{
	struct vk_weight *w = &s->w[i];

	if (w->up)
		return 0;
	if (vk_buf_new(s->c, &w->buf, w->t.nbytes, 0) < 0 || vk_buf_write(s->c, &w->buf, 0, w->t.data, w->t.nbytes) < 0)
		return -1;
	w->up = 1;
	return 0;
}

static const VkMemoryBarrier barrier = { .sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER,
	.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT,
	.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_READ_BIT |
	    VK_ACCESS_TRANSFER_WRITE_BIT };

static void
cmd_barrier(struct vk_ctx *c, VkCommandBuffer cb)
{
	c->vkCmdPipelineBarrier(cb, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT,
	    VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 1, &barrier, 0, NULL, 0, NULL);
}

/* Records the graph's one command buffer. */
static int
record(struct vsession *s, struct vgraph *g)
{
	struct vk_ctx *c = s->c;
	int nd = g->nd ? g->nd : 1;

	VkDescriptorPoolSize ps = { .type = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, .descriptorCount = (uint32_t)nd * (1 + VK_NBUF) };
	VkDescriptorPoolCreateInfo pi = { .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO,
		.maxSets = (uint32_t)nd, .poolSizeCount = 1, .pPoolSizes = &ps };
	VkResult r = c->vkCreateDescriptorPool(c->dev, &pi, NULL, &g->dpool);
	if (r != VK_SUCCESS)
		return err_set("vulkan: vkCreateDescriptorPool: %s", vk_result_str(r));
	VkCommandBufferAllocateInfo ai = { .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO,
		.commandPool = c->cpool, .level = VK_COMMAND_BUFFER_LEVEL_PRIMARY, .commandBufferCount = 1 };
	if ((r = c->vkAllocateCommandBuffers(c->dev, &ai, &g->cb)) != VK_SUCCESS)
		return err_set("vulkan: vkAllocateCommandBuffers: %s", vk_result_str(r));
	VkCommandBufferBeginInfo bi = { .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO };
	c->vkBeginCommandBuffer(g->cb, &bi);
	if (getenv("HLO_VK_PROFILE") && g->nd) {
		VkQueryPoolCreateInfo qi = { .sType = VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO,
			.queryType = VK_QUERY_TYPE_TIMESTAMP, .queryCount = (uint32_t)(2 * g->nd) };
		if (c->vkCreateQueryPool(c->dev, &qi, NULL, &g->qp) != VK_SUCCESS)
			g->qp = VK_NULL_HANDLE;
		else
			c->vkCmdResetQueryPool(g->cb, g->qp, 0, (uint32_t)(2 * g->nd));
		g->prof = ecalloc((size_t)g->nd, sizeof(double));
	}
	/* the inputs in */
	for (int i = 0; i < g->nin; i++) {
		const struct val *x = &g->v[g->in_v[i]];
		VkBufferCopy rg = { .srcOffset = g->in_off[i], .dstOffset = x->addr,
			.size = (VkDeviceSize)tensor_bytes(&x->t) };
		if (rg.size)
			c->vkCmdCopyBuffer(g->cb, g->io.b, g->arena.b, 1, &rg);
	}
	cmd_barrier(c, g->cb);
	for (int i = 0; i < g->nd; i++) {
		struct disp dd = g->d[i], *d = &dd;
		if (g->tier && d->alt) {
			d->sh = d->ash;
			memcpy(d->spec, d->aspec, sizeof(d->spec));
			d->n = d->an;
			d->p = d->ap;
			d->pa = d->apa;
		}
		VkPipeline p = vk_pipeline(c, d->sh, s->wg, d->spec);
		if (!p)
			return -1;
		VkDescriptorSet set;
		VkDescriptorSetAllocateInfo da = { .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO,
			.descriptorPool = g->dpool, .descriptorSetCount = 1, .pSetLayouts = &c->dsl };
		if ((r = c->vkAllocateDescriptorSets(c->dev, &da, &set)) != VK_SUCCESS)
			return err_set("vulkan: vkAllocateDescriptorSets: %s", vk_result_str(r));
		VkDescriptorBufferInfo pb = { .buffer = g->params.b, .offset = 0, .range = VK_WHOLE_SIZE };
		VkDescriptorBufferInfo bb[VK_NBUF];
		for (int k = 0; k < VK_NBUF; k++)
			bb[k] = (VkDescriptorBufferInfo){ .buffer = k && d->b[k] ? d->b[k] : g->arena.b, .offset = 0,
				.range = VK_WHOLE_SIZE };
		VkWriteDescriptorSet wr[2] = {
			{ .sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET, .dstSet = set, .dstBinding = 0,
			  .descriptorCount = 1, .descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, .pBufferInfo = &pb },
			{ .sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET, .dstSet = set, .dstBinding = 1,
			  .descriptorCount = VK_NBUF, .descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, .pBufferInfo = bb },
		};
		c->vkUpdateDescriptorSets(c->dev, 2, wr, 0, NULL);
		c->vkCmdBindPipeline(g->cb, VK_PIPELINE_BIND_POINT_COMPUTE, p);
		c->vkCmdBindDescriptorSets(g->cb, VK_PIPELINE_BIND_POINT_COMPUTE, c->pl, 0, 1, &set, 0, NULL);
		uint32_t pcv[4] = { d->p, d->n, d->pa, d->pb };
		c->vkCmdPushConstants(g->cb, c->pl, VK_SHADER_STAGE_COMPUTE_BIT, 0, sizeof(pcv), pcv);
		uint32_t groups = (d->n + (uint32_t)s->wg - 1) / (uint32_t)s->wg;
		uint32_t gx = groups < 65535 ? groups : 65535, gy = (groups + gx - 1) / gx;
		if (g->qp)
			c->vkCmdWriteTimestamp(g->cb, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, g->qp, (uint32_t)(2 * i));
		c->vkCmdDispatch(g->cb, gx, gy, 1);
		if (g->qp)
			c->vkCmdWriteTimestamp(g->cb, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, g->qp, (uint32_t)(2 * i + 1));
		cmd_barrier(c, g->cb);
	}
	/* results into their states, outputs out */
	for (int i = 0; i < g->nres_state; i++) {
		const struct val *x = &g->v[g->res_v[i]];
		struct vk_state *st = &s->s[g->res_s[i]];
		if (x->home == H_STATE && x->hi == g->res_s[i] && x->addr == 0)
			continue;
		VkBuffer src = x->home == H_ARENA ? g->arena.b : x->home == H_WEIGHT ? s->w[x->hi].buf.b : s->s[x->hi].buf.b;
		VkBufferCopy rg = { .srcOffset = x->addr, .dstOffset = 0, .size = st->nbytes };
		if (rg.size)
			c->vkCmdCopyBuffer(g->cb, src, st->buf.b, 1, &rg);
	}
	for (int i = 0; i < g->nout; i++) {
		const struct val *x = &g->v[g->out_v[i]];
		VkBuffer src = x->home == H_ARENA ? g->arena.b : x->home == H_WEIGHT ? s->w[x->hi].buf.b : s->s[x->hi].buf.b;
		VkBufferCopy rg = { .srcOffset = x->addr, .dstOffset = g->out_off[i],
			.size = (VkDeviceSize)(mlir_numel(&x->t) * (int64_t)dtype_size(x->st)) };
		if (rg.size)
			c->vkCmdCopyBuffer(g->cb, src, g->io.b, 1, &rg);
	}
	VkMemoryBarrier hb = { .sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER, .srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT |
		VK_ACCESS_SHADER_WRITE_BIT, .dstAccessMask = VK_ACCESS_HOST_READ_BIT | VK_ACCESS_SHADER_READ_BIT };
	c->vkCmdPipelineBarrier(g->cb, VK_PIPELINE_STAGE_TRANSFER_BIT | VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT,
	    VK_PIPELINE_STAGE_HOST_BIT | VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, 0, 1, &hb, 0, NULL, 0, NULL);
	if ((r = c->vkEndCommandBuffer(g->cb)) != VK_SUCCESS)
		return err_set("vulkan: vkEndCommandBuffer: %s", vk_result_str(r));
	return 0;
}

/* Records graph g again, with its specialized dispatches (tier 1); back
 * to the generic ones when that fails. */
static int
rerecord(struct vsession *s, struct vgraph *g)
{
	struct vk_ctx *c = s->c;

	c->vkDeviceWaitIdle(c->dev);
	c->vkFreeCommandBuffers(c->dev, c->cpool, 1, &g->cb);
	c->vkDestroyDescriptorPool(c->dev, g->dpool, NULL);
	g->cb = VK_NULL_HANDLE;
	g->dpool = VK_NULL_HANDLE;
	if (g->qp) {
		c->vkDestroyQueryPool(c->dev, g->qp, NULL);
		g->qp = VK_NULL_HANDLE;
		free(g->prof);
		g->prof = NULL;
		g->runs = 0;
	}
	g->tier = 1;
	if (record(s, g) == 0)
		return 0;
	if (g->cb)
		c->vkFreeCommandBuffers(c->dev, c->cpool, 1, &g->cb);
	if (g->dpool)
		c->vkDestroyDescriptorPool(c->dev, g->dpool, NULL);
	g->cb = VK_NULL_HANDLE;
	g->dpool = VK_NULL_HANDLE;
	g->tier = 0;
	return record(s, g);
}

static int
vs_load(struct exec_session *s, const struct mlir_module *m, const char *func, const struct exec_binding *args,
    const struct exec_binding *results)
{
	struct vsession *vs = S(s);
	const struct mlir_func *f = mlir_find_func(m, func);
	struct vgraph *g;
	struct cc c = { .s = vs, .m = m };
	int *env = NULL, *rets = NULL;

	if (!f)
		return err_set("%s: no function '@%s'", m->file, func);
	if (mlir_verify(m) < 0)
		return -1;
	g = ecalloc(1, sizeof(*g));
	c.g = g;
	g->m = m;
	g->f = f;
	env = ecalloc((size_t)m->nvalues + 1, sizeof(int));
	rets = ecalloc((size_t)f->nresults + 16, sizeof(int));
	uint32_t io_size = 0;
	/* the arguments */
	for (int k = 0; k < f->body.nargs; k++) {
		const struct mlir_type *t = &m->types[f->body.args[k]];
		int role = args ? (int)args[k].role : EXEC_INPUT;
		const char *name = args ? args[k].name : NULL;
		if (!vk_ok_type(t)) {
			err_set("unsupported type '%s' of an argument of @%s at %s:%d", t->name ? t->name : "?", func,
			    m->file, f->line);
			goto fail;
		}
		int v = env[f->body.args[k]] = vk_new_val(g, t, role == EXEC_INPUT ? V_INPUT : V_ARG, f->body.args[k]);
		struct val *x = &g->v[v];
		if (role == EXEC_WEIGHT) {
			int i = name ? find_w(vs, name) : -1;
			if (i < 0) {
				err_set("%s: argument %d of @%s: no weight '%s' was given", m->file, k, func, name ? name : "?");
				goto fail;
			}
			const struct mlir_type *wt = &vs->w[i].t.type;
			int narrow = t->dt == DTYPE_F32 && (wt->dt == DTYPE_BF16 || wt->dt == DTYPE_F16);
			if (!same_shape(wt, t) || (wt->dt != t->dt && !narrow)) {
				char a[128], b[128];
				mlir_type_str(a, sizeof(a), wt);
				mlir_type_str(b, sizeof(b), t);
				err_set("weight '%s' is %s but the graph wants %s", name, a, b);
				goto fail;
			}
			if (upload_weight(vs, i) < 0)
				goto fail;
			x->home = H_WEIGHT;
			x->hi = i;
			x->st = wt->dt;
		} else if (role == EXEC_STATE) {
			int i = name ? find_s(vs, name) : -1;
			if (i < 0) {
				err_set("%s: argument %d of @%s: no state '%s'", m->file, k, func, name ? name : "?");
				goto fail;
			}
			if (vs->s[i].type.dt != t->dt || !same_shape(&vs->s[i].type, t)) {
				err_set("%s: argument %d of @%s: state '%s' has another type", m->file, k, func, name);
				goto fail;
			}
			x->home = H_STATE;
			x->hi = i;
		} else if (role == EXEC_INPUT) {
			if (vk_place(g, v) < 0)
				goto fail;
			g->in_v = ereallocarray(g->in_v, (size_t)g->nin + 1, sizeof(int));
			g->in_off = ereallocarray(g->in_off, (size_t)g->nin + 1, sizeof(uint32_t));
			g->in_v[g->nin] = v;
			g->in_off[g->nin++] = io_size;
			io_size += (uint32_t)((tensor_bytes(t) + 15) & ~15);
		} else {
			err_set("%s: argument %d of @%s cannot be an output", m->file, k, func);
			goto fail;
		}
	}
	int nret = vk_flatten(&c, f, env, rets, 0);
	if (nret < 0)
		goto fail;
	if (nret != f->nresults) {
		err_set("%s: @%s returns %d values, its signature %d", m->file, func, nret, f->nresults);
		goto fail;
	}
	/* what is dead, fused, quantized; the last reader of each value */
	vk_plan(&c, rets, nret);
	/* views extend their root's life (roots resolved in order) */
	for (int i = 0; i < g->nops; i++) {
		const struct lop *l = &g->ops[i];
		enum op_code k = l->op->code;
		if (!l->dead && (k == OP_RESHAPE || (k == OP_BITCAST_CONVERT &&
		    dtype_size(g->v[l->in[0]].t.dt) == dtype_size(g->v[l->out[0]].t.dt))))
			g->v[l->out[0]].root = l->in[0];
	}
	for (int v = 0; v < g->nv; v++) {
		int r = g->v[v].root;
		while (g->v[r].root != r)
			r = g->v[r].root;
		g->v[v].root = r;
		if (g->v[v].last > g->v[r].last)
			g->v[r].last = g->v[v].last;
	}
	for (int i = 0; i < g->nops; i++)
		if (vk_compile_op(&c, i) < 0)
			goto fail;
	/* results */
	g->nres = f->nresults;
	g->res = ecalloc((size_t)g->nres + 1, sizeof(*g->res));
	for (int k = 0; k < f->nresults; k++) {
		int v = rets[k];
		g->res[k] = results ? results[k] : (struct exec_binding){ EXEC_OUTPUT, NULL };
		if (v < 0 || g->v[v].home < 0) {
			err_set("%s: result %d of @%s is not a value the device holds", m->file, k, func);
			goto fail;
		}
		if (g->res[k].role == EXEC_STATE) {
			int i = g->res[k].name ? find_s(vs, g->res[k].name) : -1;
			if (i < 0) {
				err_set("%s: result %d of @%s: no state '%s'", m->file, k, func,
				    g->res[k].name ? g->res[k].name : "?");
				goto fail;
			}
			if (vs->s[i].type.dt != g->v[v].t.dt || !same_shape(&vs->s[i].type, &g->v[v].t) ||
			    g->v[v].st != g->v[v].t.dt) {
				err_set("%s: result %d of @%s does not have the type of state '%s'", m->file, k, func,
				    g->res[k].name);
				goto fail;
			}
			g->res_v = ereallocarray(g->res_v, (size_t)g->nres_state + 1, sizeof(int));
			g->res_s = ereallocarray(g->res_s, (size_t)g->nres_state + 1, sizeof(int));
			g->res_v[g->nres_state] = v;
			g->res_s[g->nres_state++] = i;
		} else if (g->res[k].role == EXEC_OUTPUT) {
			g->out_v = ereallocarray(g->out_v, (size_t)g->nout + 1, sizeof(int));
			g->out_off = ereallocarray(g->out_off, (size_t)g->nout + 1, sizeof(uint32_t));
			g->out_v[g->nout] = v;
			g->out_off[g->nout++] = io_size;
			io_size += (uint32_t)((mlir_numel(&g->v[v].t) * (int64_t)dtype_size(g->v[v].st) + 15) & ~15);
		} else {
			err_set("%s: result %d of @%s must be an output or a state", m->file, k, func);
			goto fail;
		}
	}
	/* buffers: the arena (constants in it), the parameters, the io */
	if (vk_buf_new(vs->c, &g->arena, g->arena_size, 0) < 0 || vk_buf_new(vs->c, &g->io, io_size, 1) < 0 ||
	    vk_buf_new(vs->c, &g->params, (VkDeviceSize)g->npar * 4, 0) < 0 ||
	    vk_buf_write(vs->c, &g->params, 0, g->par, (size_t)g->npar * 4) < 0 ||
	    vk_buf_zero(vs->c, &g->arena, 0, g->arena.size) < 0)
		goto fail;
	for (int v = 0; v < g->nv; v++) {
		const struct val *x = &g->v[v];
		if (x->kind == V_CONST && x->root == v && x->home == H_ARENA &&
		    vk_buf_write(vs->c, &g->arena, x->addr, x->bytes, (size_t)tensor_bytes(&x->t)) < 0)
			goto fail;
	}
	g->tier = vs->tier;
	if (record(vs, g) < 0)
		goto fail;
	free(env);
	free(rets);
	vs->g = ereallocarray(vs->g, (size_t)vs->ng + 1, sizeof(*vs->g));
	vs->g[vs->ng] = g;
	return vs->ng++;
fail:
	free(env);
	free(rets);
	free_graph(vs, g);
	return -1;
}

/* The check ops, on the host, over the device's values read back. */
static int
run_checks(struct vsession *s, struct vgraph *g)
{
	if (!g->nchecks)
		return 0;
	if (!g->ip.env) {
		g->ip.m = g->m;
		g->ip.env = ecalloc((size_t)g->m->nvalues + 1, sizeof(*g->ip.env));
	}
	for (int i = 0; i < g->nchecks; i++) {
		const struct lop *l = &g->ops[g->checks[i]];
		int ret = 0;
		for (int k = 0; k < l->nin && !ret; k++) {
			const struct val *x = &g->v[l->in[k]];
			struct mlir_type t = x->t;
			struct tensor *h = tensor_new_raw(&t);
			if (!h)
				return -1;
			VkBuffer b = x->home == H_ARENA ? g->arena.b : VK_NULL_HANDLE;
			struct vk_buf *vb = x->home == H_ARENA ? &g->arena : x->home == H_WEIGHT ? &s->w[x->hi].buf :
			    &s->s[x->hi].buf;
			(void)b;
			if (x->st != t.dt) {
				/* a narrow weight checked as f32: widen */
				size_t n = (size_t)mlir_numel(&t);
				void *raw = emalloc(n * dtype_size(x->st) + 1);
				ret = vk_buf_read(s->c, vb, x->addr, raw, n * dtype_size(x->st));
				dtype_to_f32(raw, x->st, n, h->data);
				free(raw);
			} else {
				ret = vk_buf_read(s->c, vb, x->addr, h->data, h->nbytes);
			}
			tensor_free(g->ip.env[l->op->operands[k]]);
			g->ip.env[l->op->operands[k]] = h;
		}
		if (ret < 0 || interp_exec_op(&g->ip, l->op) < 0)
			return -1;
	}
	s->base.checks.run = g->ip.checks;
	s->base.checks.failed = g->ip.failed;
	s->base.checks.line = g->ip.first.line;
	snprintf(s->base.checks.msg, sizeof(s->base.checks.msg), "%s", g->ip.first.msg);
	return 0;
}

static int
vs_run(struct exec_session *s, int gi, struct tensor *const *in, struct tensor **out)
{
	struct vsession *vs = S(s);

	if (gi < 0 || gi >= vs->ng)
		return err_set("no graph %d", gi);
	struct vgraph *g = vs->g[gi];
	for (int i = 0; i < g->nin; i++) {
		const struct val *x = &g->v[g->in_v[i]];
		if (!in[i] || in[i]->type.dt != x->t.dt || in[i]->nbytes != (size_t)tensor_bytes(&x->t))
			return err_set("%s: input %d does not have the type of its argument", g->m->file, i);
		memcpy((char *)g->io.map + g->in_off[i], in[i]->data, in[i]->nbytes);
	}
	if (g->calls++ == VK_TIER && !g->tier && !vs->notier) {
		for (int i = 0; i < g->nd; i++)
			g->nalt += g->d[i].alt;
		if (g->nalt && rerecord(vs, g) < 0)
			return -1;
	}
	if (vk_cmd_submit(vs->c, g->cb, 0) < 0)
		return -1;
	if (g->qp) {
		uint64_t *ts = ecalloc((size_t)(2 * g->nd), sizeof(*ts));
		if (vs->c->vkGetQueryPoolResults(vs->c->dev, g->qp, 0, (uint32_t)(2 * g->nd), (size_t)(2 * g->nd) * 8, ts, 8,
		    VK_QUERY_RESULT_64_BIT | VK_QUERY_RESULT_WAIT_BIT) == VK_SUCCESS)
			for (int i = 0; i < g->nd; i++)
				g->prof[i] += (double)(ts[2 * i + 1] - ts[2 * i]) * vs->c->props.limits.timestampPeriod;
		g->runs++;
		free(ts);
	}
	for (int i = 0; i < g->nout; i++) {
		const struct val *x = &g->v[g->out_v[i]];
		struct tensor *t = tensor_new_raw(&x->t);
		if (!t) {
			for (int k = 0; k < i; k++)
				tensor_free(out[k]);
			return -1;
		}
		if (x->st != x->t.dt)
			dtype_to_f32((char *)g->io.map + g->out_off[i], x->st, (size_t)mlir_numel(&x->t), t->data);
		else
			memcpy(t->data, (char *)g->io.map + g->out_off[i], t->nbytes);
		out[i] = t;
	}
	if (run_checks(vs, g) < 0) {
		for (int k = 0; k < g->nout; k++)
			tensor_free(out[k]);
		return -1;
	}
	return g->nout;
}

static void
vs_close(struct exec_session *s)
{
	struct vsession *v = S(s);

	if (!v)
		return;
	v->c->vkDeviceWaitIdle(v->c->dev);
	for (int i = 0; i < v->ng; i++)
		free_graph(v, v->g[i]);
	free(v->g);
	for (int i = 0; i < v->nw; i++) {
		vk_buf_free(v->c, &v->w[i].buf);
		free(v->w[i].name);
	}
	free(v->w);
	for (int i = 0; i < v->ns; i++) {
		vk_buf_free(v->c, &v->s[i].buf);
		free(v->s[i].name);
	}
	free(v->s);
	vk_ctx_put(v->c);
	free(v);
}

static int
vs_wg_sizes(int *sizes, int max)
{
	static const int wg[] = { 32, 64, 128, 256 };
	int n = 0;

	for (size_t i = 0; i < LEN(wg) && n < max; i++)
		sizes[n++] = wg[i];
	return n;
}

const struct exec_backend vk_backend = {
	.name = "vulkan", .open = vs_open, .weight = vs_weight, .state = vs_state, .copy = vs_copy,
	.read = vs_read, .load = vs_load, .run = vs_run, .close = vs_close, .wg_sizes = vs_wg_sizes, .tiers = 2, .no_case = 1,
};
