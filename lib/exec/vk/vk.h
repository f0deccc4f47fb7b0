/* The Vulkan backend ("vulkan"): a device opened through the loader at
 * run time (dlopen of libvulkan.so.1, so the tools build and run where
 * there is no Vulkan), buffers, compute pipelines made from the SPIR-V
 * that the build embeds (the shaders/ folder), and the graphs compiled to
 * one command buffer each (vk_graph.c, vk_session.c).
 *
 * One device context serves the whole process: sessions share it, and
 * with it the pipelines already made (a conformance run opens a session
 * per test function; making the device and the pipelines once each is
 * what keeps that affordable on lavapipe). */
#ifndef VK_H
#define VK_H

#include <stddef.h>
#include <stdint.h>

#include <vulkan/vulkan.h>

#include "exec/exec.h"
#include "exec/vk/backend.h"
#include "ir/mlir.h"

/* The shaders (shaders/NAME.comp), by index. */
enum vk_shader {
	VKS_EW0,	/* fused elementwise programs (broadcast, transpose, slice...) */
	VKS_EW1,	/* the same carrying the exp core (math64.glsl LEVEL 1) */
	VKS_EW2,	/* sin, cos, tan */
	VKS_EW3,	/* every core */
	VKS_COPY,	/* strided copies: concatenate, pad, dynamic slices */
	VKS_DOT,	/* dot_general, sequential or a workgroup an element */
	VKS_RED0,	/* reductions, their inputs fused; the levels as ew's */
	VKS_RED1,
	VKS_RED2,
	VKS_RED3,
	VKS_GATHER,
	VKS_SCATTER,
	VKS_DOTQ,	/* the MLX dequantizing dot */
	VKS_EWF0,	/* specialized programs of f32/i32/i1 (fprog.glsl), levels as ew's */
	VKS_EWF1,
	VKS_EWF2,
	VKS_EWF3,
	VKS_REDF0,	/* specialized reductions (sum, max, min, and, or, argmax) */
	VKS_REDF1,
	VKS_REDF2,
	VKS_REDF3,
	VKS_COUNT
};

/* The number of bindings a kernel sees: binding 0 the parameters, then
 * an array of VK_NBUF storage buffers. */
enum { VK_NBUF = 8 };

struct vk_buf {
	VkBuffer b;
	VkDeviceMemory m;
	VkDeviceSize size;
	void *map;		/* host-visible memory, mapped; else NULL */
};

struct vk_ctx {
	void *lib;		/* the loader */
	VkInstance inst;
	VkPhysicalDevice pd;
	VkDevice dev;
	VkQueue q;
	uint32_t qfam;
	VkPhysicalDeviceProperties props;
	VkPhysicalDeviceMemoryProperties mem;
	VkDescriptorSetLayout dsl;
	VkPipelineLayout pl;
	VkShaderModule mod[VKS_COUNT];
	VkCommandPool cpool;
	VkFence fence;
	int discrete;
	char name[384];
	struct vk_pipe *pipes;	/* made so far */
	int npipes;
	double pipe_ms[VKS_COUNT];	/* the time making them took (HLO_VK_PROFILE) */
	int pipe_n[VKS_COUNT];
	int refs;
	/* the entry points */
#define VK_FN(n) PFN_##n n;
#include "exec/vk/vk_fns.h"
#undef VK_FN
};

/* The spec constants a pipeline is made with after its workgroup size:
 * the op, up to three element types, an extra, and the element types
 * the operands' bytes hold (a bf16 weight of an f32 argument). */
enum { VK_NSPEC = 84 };

/* The process's device context, opened on first use (HLO_VK_DEVICE
 * picks it: an index or a substring of the name; else the first discrete
 * GPU, else the first device).  NULL with a reason naming what is
 * missing (the loader, a device) and the Debian package that brings it. */
struct vk_ctx *vk_ctx_get(void);

/* Gives back a reference from vk_ctx_get; the last one closes it. */
void vk_ctx_put(struct vk_ctx *c);

/* A buffer of n bytes (at least 4), device-local, or host-visible and
 * mapped when host is 1.  0 or -1. */
int vk_buf_new(struct vk_ctx *c, struct vk_buf *b, VkDeviceSize n, int host);
void vk_buf_free(struct vk_ctx *c, struct vk_buf *b);

/* Copies n bytes from host memory into b at off, or out of b at off;
 * through a staging buffer when b is not mapped.  0 or -1. */
int vk_buf_write(struct vk_ctx *c, struct vk_buf *b, VkDeviceSize off, const void *src, size_t n);
int vk_buf_read(struct vk_ctx *c, struct vk_buf *b, VkDeviceSize off, void *dst, size_t n);

/* Fills n bytes of b at off with zeros.  0 or -1. */
int vk_buf_zero(struct vk_ctx *c, struct vk_buf *b, VkDeviceSize off, VkDeviceSize n);

/* The compute pipeline of shader s at workgroup size wg with the spec
 * constants spec (VK_NSPEC), made once per process.  NULL with a reason. */
VkPipeline vk_pipeline(struct vk_ctx *c, enum vk_shader s, int wg, const int32_t *spec);

/* A one-time command buffer: begin, then submit and wait.  0 or -1. */
int vk_cmd_begin(struct vk_ctx *c, VkCommandBuffer *cb);
int vk_cmd_submit(struct vk_ctx *c, VkCommandBuffer cb, int free_after);

/* A message for a VkResult. */
const char *vk_result_str(VkResult r);


#endif
