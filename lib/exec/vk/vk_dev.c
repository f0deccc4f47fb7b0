/* The Vulkan device: the loader opened at run time, the device picked,
 * buffers, pipelines, one-time command buffers. */
#include <ctype.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/err.h"
#include "base/util.h"
#include "exec/vk/vk.h"

static const uint32_t spv_ew0[] =
#include <spv/ew0.h>
;
static const uint32_t spv_ew1[] =
#include <spv/ew1.h>
;
static const uint32_t spv_ew2[] =
#include <spv/ew2.h>
;
static const uint32_t spv_ew3[] =
#include <spv/ew3.h>
;
static const uint32_t spv_copy[] =
#include <spv/copy.h>
;
static const uint32_t spv_dot[] =
#include <spv/dot.h>
;
static const uint32_t spv_reduce0[] =
#include <spv/reduce0.h>
;
static const uint32_t spv_reduce1[] =
#include <spv/reduce1.h>
;
static const uint32_t spv_reduce2[] =
#include <spv/reduce2.h>
;
static const uint32_t spv_reduce3[] =
#include <spv/reduce3.h>
;
static const uint32_t spv_gather[] =
#include <spv/gather.h>
;
static const uint32_t spv_scatter[] =
#include <spv/scatter.h>
;
static const uint32_t spv_dotq[] =
#include <spv/dotq.h>
;
static const uint32_t spv_ewf0[] =
#include <spv/ewf0.h>
;
static const uint32_t spv_ewf1[] =
#include <spv/ewf1.h>
;
static const uint32_t spv_ewf2[] =
#include <spv/ewf2.h>
;
static const uint32_t spv_ewf3[] =
#include <spv/ewf3.h>
;
static const uint32_t spv_redf0[] =
#include <spv/redf0.h>
;
static const uint32_t spv_redf1[] =
#include <spv/redf1.h>
;
static const uint32_t spv_redf2[] =
#include <spv/redf2.h>
;
static const uint32_t spv_redf3[] =
#include <spv/redf3.h>
;

/* The SPIR-V of each shader, in enum vk_shader order. */
static const struct {
	const uint32_t *code;
	size_t size;
} spv[VKS_COUNT] = {
	{ spv_ew0, sizeof(spv_ew0) },
	{ spv_ew1, sizeof(spv_ew1) },
	{ spv_ew2, sizeof(spv_ew2) },
	{ spv_ew3, sizeof(spv_ew3) },
	{ spv_copy, sizeof(spv_copy) },
	{ spv_dot, sizeof(spv_dot) },
	{ spv_reduce0, sizeof(spv_reduce0) },
	{ spv_reduce1, sizeof(spv_reduce1) },
	{ spv_reduce2, sizeof(spv_reduce2) },
	{ spv_reduce3, sizeof(spv_reduce3) },
	{ spv_gather, sizeof(spv_gather) },
	{ spv_scatter, sizeof(spv_scatter) },
	{ spv_dotq, sizeof(spv_dotq) },
	{ spv_ewf0, sizeof(spv_ewf0) },
	{ spv_ewf1, sizeof(spv_ewf1) },
	{ spv_ewf2, sizeof(spv_ewf2) },
	{ spv_ewf3, sizeof(spv_ewf3) },
	{ spv_redf0, sizeof(spv_redf0) },
	{ spv_redf1, sizeof(spv_redf1) },
	{ spv_redf2, sizeof(spv_redf2) },
	{ spv_redf3, sizeof(spv_redf3) },
};

struct vk_pipe {
	int shader, wg;
	int32_t spec[VK_NSPEC];
	VkPipeline p;
};

static struct vk_ctx *ctx;

const char *
vk_result_str(VkResult r)
{
	switch (r) {
	case VK_SUCCESS: return "success";
	case VK_ERROR_OUT_OF_HOST_MEMORY: return "out of host memory";
	case VK_ERROR_OUT_OF_DEVICE_MEMORY: return "out of device memory";
	case VK_ERROR_INITIALIZATION_FAILED: return "initialization failed";
	case VK_ERROR_DEVICE_LOST: return "device lost";
	case VK_ERROR_INCOMPATIBLE_DRIVER: return "no compatible driver (ICD)";
	case VK_ERROR_FEATURE_NOT_PRESENT: return "a feature is not present";
	case VK_ERROR_EXTENSION_NOT_PRESENT: return "an extension is not present";
	case VK_ERROR_LAYER_NOT_PRESENT: return "a layer is not present";
	case VK_ERROR_TOO_MANY_OBJECTS: return "too many objects";
	default: {
		static char buf[32];
		snprintf(buf, sizeof(buf), "VkResult %d", (int)r);
		return buf;
	}
	}
}

#define CK(call, what) do { VkResult r_ = (call); if (r_ != VK_SUCCESS) { \
	err_set("vulkan: %s: %s", what, vk_result_str(r_)); goto fail; } } while (0)

static int
icontains(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay; hay++) {
		size_t i = 0;
		while (i < n && hay[i] && tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]))
			i++;
		if (i == n)
			return 1;
	}
	return !n;
}

/* Picks a physical device: HLO_VK_DEVICE (an index or a substring of
 * the name), else the first discrete GPU, else the first. */
static int
pick_device(struct vk_ctx *c)
{
	uint32_t n = 0;
	VkPhysicalDevice *pds = NULL;
	const char *want = getenv("HLO_VK_DEVICE");
	int pick = -1;

	if (c->vkEnumeratePhysicalDevices(c->inst, &n, NULL) != VK_SUCCESS || n == 0)
		return err_set("vulkan: the loader found no device (install a driver: mesa-vulkan-drivers "
		    "brings lavapipe, a Vulkan device on the CPU)");
	pds = ecalloc(n, sizeof(*pds));
	c->vkEnumeratePhysicalDevices(c->inst, &n, pds);
	if (want && *want) {
		char *e;
		long k = strtol(want, &e, 10);
		if (!*e) {
			if (k < 0 || k >= (long)n) {
				free(pds);
				return err_set("vulkan: HLO_VK_DEVICE=%s: there %s %u device%s", want,
				    n == 1 ? "is" : "are", n, n == 1 ? "" : "s");
			}
			pick = (int)k;
		} else {
			for (uint32_t i = 0; i < n && pick < 0; i++) {
				VkPhysicalDeviceProperties p;
				c->vkGetPhysicalDeviceProperties(pds[i], &p);
				if (icontains(p.deviceName, want))
					pick = (int)i;
			}
			if (pick < 0) {
				free(pds);
				return err_set("vulkan: HLO_VK_DEVICE=%s names none of the %u device%s", want, n,
				    n == 1 ? "" : "s");
			}
		}
	} else {
		for (uint32_t i = 0; i < n && pick < 0; i++) {
			VkPhysicalDeviceProperties p;
			c->vkGetPhysicalDeviceProperties(pds[i], &p);
			if (p.deviceType == VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU)
				pick = (int)i;
		}
		if (pick < 0)
			pick = 0;
	}
	c->pd = pds[pick];
	free(pds);
	c->vkGetPhysicalDeviceProperties(c->pd, &c->props);
	c->vkGetPhysicalDeviceMemoryProperties(c->pd, &c->mem);
	c->discrete = c->props.deviceType == VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU;
	snprintf(c->name, sizeof(c->name), "%.255s (Vulkan %u.%u, device %d)", c->props.deviceName,
	    VK_VERSION_MAJOR(c->props.apiVersion), VK_VERSION_MINOR(c->props.apiVersion), pick);
	return 0;
}

static void
ctx_free(struct vk_ctx *c)
{
	if (!c)
		return;
	if (c->dev) {
		c->vkDeviceWaitIdle(c->dev);
		for (int i = 0; i < c->npipes; i++)
			c->vkDestroyPipeline(c->dev, c->pipes[i].p, NULL);
		for (int i = 0; i < VKS_COUNT; i++)
			if (c->mod[i])
				c->vkDestroyShaderModule(c->dev, c->mod[i], NULL);
		if (c->pl)
			c->vkDestroyPipelineLayout(c->dev, c->pl, NULL);
		if (c->dsl)
			c->vkDestroyDescriptorSetLayout(c->dev, c->dsl, NULL);
		if (c->fence)
			c->vkDestroyFence(c->dev, c->fence, NULL);
		if (c->cpool)
			c->vkDestroyCommandPool(c->dev, c->cpool, NULL);
		c->vkDestroyDevice(c->dev, NULL);
	}
	free(c->pipes);
	if (c->inst)
		c->vkDestroyInstance(c->inst, NULL);
	if (c->lib)
		dlclose(c->lib);
	free(c);
}

static struct vk_ctx *
ctx_open(void)
{
	struct vk_ctx *c = ecalloc(1, sizeof(*c));

	c->lib = dlopen("libvulkan.so.1", RTLD_NOW | RTLD_LOCAL);
	if (!c->lib) {
		err_set("vulkan: no Vulkan loader (libvulkan.so.1: install the Debian package libvulkan1, "
		    "and mesa-vulkan-drivers for lavapipe, a Vulkan device on the CPU)");
		free(c);
		return NULL;
	}
	*(void **)&c->vkGetInstanceProcAddr = dlsym(c->lib, "vkGetInstanceProcAddr");
	if (!c->vkGetInstanceProcAddr) {
		err_set("vulkan: libvulkan.so.1 has no vkGetInstanceProcAddr");
		goto fail;
	}
	c->vkCreateInstance = (PFN_vkCreateInstance)c->vkGetInstanceProcAddr(NULL, "vkCreateInstance");
	VkApplicationInfo app = { .sType = VK_STRUCTURE_TYPE_APPLICATION_INFO, .pApplicationName = "hlo",
		.apiVersion = VK_API_VERSION_1_1 };
	VkInstanceCreateInfo ici = { .sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO, .pApplicationInfo = &app };
	VkResult r = c->vkCreateInstance(&ici, NULL, &c->inst);
	if (r != VK_SUCCESS) {
		err_set("vulkan: no instance (%s): install a driver, mesa-vulkan-drivers brings lavapipe, "
		    "a Vulkan device on the CPU", vk_result_str(r));
		goto fail;
	}
#define VK_FN(n) if (strcmp(#n, "vkGetInstanceProcAddr") && strcmp(#n, "vkCreateInstance") && \
	!(*(void **)&c->n = (void *)c->vkGetInstanceProcAddr(c->inst, #n))) { \
		err_set("vulkan: the loader lacks %s", #n); goto fail; }
#include "exec/vk/vk_fns.h"
#undef VK_FN
	if (pick_device(c) < 0)
		goto fail;
	VkPhysicalDeviceFeatures have;
	c->vkGetPhysicalDeviceFeatures(c->pd, &have);
	if (!have.shaderInt64 || !have.shaderFloat64 || !have.shaderStorageBufferArrayDynamicIndexing) {
		err_set("vulkan: %s lacks %s (the kernels compute in 64 bits)", c->props.deviceName,
		    !have.shaderInt64 ? "shaderInt64" : !have.shaderFloat64 ? "shaderFloat64" :
		    "shaderStorageBufferArrayDynamicIndexing");
		goto fail;
	}
	if (c->props.limits.maxPerStageDescriptorStorageBuffers < 1 + VK_NBUF) {
		err_set("vulkan: %s binds %u storage buffers in a shader, the kernels %d", c->props.deviceName,
		    c->props.limits.maxPerStageDescriptorStorageBuffers, 1 + VK_NBUF);
		goto fail;
	}
	uint32_t nq = 0;
	c->vkGetPhysicalDeviceQueueFamilyProperties(c->pd, &nq, NULL);
	VkQueueFamilyProperties *qf = ecalloc(nq + 1, sizeof(*qf));
	c->vkGetPhysicalDeviceQueueFamilyProperties(c->pd, &nq, qf);
	c->qfam = UINT32_MAX;
	for (uint32_t i = 0; i < nq && c->qfam == UINT32_MAX; i++)
		if (qf[i].queueFlags & VK_QUEUE_COMPUTE_BIT)
			c->qfam = i;
	free(qf);
	if (c->qfam == UINT32_MAX) {
		err_set("vulkan: %s has no compute queue", c->props.deviceName);
		goto fail;
	}
	float prio = 1;
	VkDeviceQueueCreateInfo qci = { .sType = VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO,
		.queueFamilyIndex = c->qfam, .queueCount = 1, .pQueuePriorities = &prio };
	VkPhysicalDeviceFeatures want = { .shaderInt64 = VK_TRUE, .shaderFloat64 = VK_TRUE,
		.shaderStorageBufferArrayDynamicIndexing = VK_TRUE };
	VkDeviceCreateInfo dci = { .sType = VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO, .queueCreateInfoCount = 1,
		.pQueueCreateInfos = &qci, .pEnabledFeatures = &want };
	CK(c->vkCreateDevice(c->pd, &dci, NULL, &c->dev), "vkCreateDevice");
	c->vkGetDeviceQueue(c->dev, c->qfam, 0, &c->q);

	VkDescriptorSetLayoutBinding b[2] = {
		{ .binding = 0, .descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, .descriptorCount = 1,
		  .stageFlags = VK_SHADER_STAGE_COMPUTE_BIT },
		{ .binding = 1, .descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, .descriptorCount = VK_NBUF,
		  .stageFlags = VK_SHADER_STAGE_COMPUTE_BIT },
	};
	VkDescriptorSetLayoutCreateInfo dl = { .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO,
		.bindingCount = 2, .pBindings = b };
	CK(c->vkCreateDescriptorSetLayout(c->dev, &dl, NULL, &c->dsl), "vkCreateDescriptorSetLayout");
	VkPushConstantRange pcr = { .stageFlags = VK_SHADER_STAGE_COMPUTE_BIT, .offset = 0, .size = 16 };
	VkPipelineLayoutCreateInfo plc = { .sType = VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO,
		.setLayoutCount = 1, .pSetLayouts = &c->dsl, .pushConstantRangeCount = 1, .pPushConstantRanges = &pcr };
	CK(c->vkCreatePipelineLayout(c->dev, &plc, NULL, &c->pl), "vkCreatePipelineLayout");
	for (int i = 0; i < VKS_COUNT; i++) {
		VkShaderModuleCreateInfo sm = { .sType = VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO,
			.codeSize = spv[i].size, .pCode = spv[i].code };
		CK(c->vkCreateShaderModule(c->dev, &sm, NULL, &c->mod[i]), "vkCreateShaderModule");
	}
	VkCommandPoolCreateInfo cp = { .sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO,
		.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT, .queueFamilyIndex = c->qfam };
	CK(c->vkCreateCommandPool(c->dev, &cp, NULL, &c->cpool), "vkCreateCommandPool");
	VkFenceCreateInfo fc = { .sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO };
	CK(c->vkCreateFence(c->dev, &fc, NULL, &c->fence), "vkCreateFence");
	return c;
fail:
	ctx_free(c);
	return NULL;
}

struct vk_ctx *
vk_ctx_get(void)
{
	if (!ctx && !(ctx = ctx_open()))
		return NULL;
	ctx->refs++;
	return ctx;
}

void
vk_ctx_put(struct vk_ctx *c)
{
	/* the context stays for the next session (its pipelines are what a
	 * conformance run reuses); the process's exit releases it */
	if (c)
		c->refs--;
}

/* Released when the process exits, so leak checkers see no loss of
 * ours. */
__attribute__((destructor)) static void
ctx_release(void)
{
	if (ctx && getenv("HLO_VK_PROFILE")) {
		static const char *const sh[] = { "ew0", "ew1", "ew2", "ew3", "copy", "dot", "reduce0", "reduce1",
			"reduce2", "reduce3", "gather", "scatter", "dotq", "ewf0", "ewf1", "ewf2", "ewf3", "redf0",
			"redf1", "redf2", "redf3" };
		for (int i = 0; i < VKS_COUNT; i++)
			if (ctx->pipe_n[i])
				fprintf(stderr, "vulkan profile: %d %s pipelines made in %.1f ms\n", ctx->pipe_n[i], sh[i],
				    ctx->pipe_ms[i]);
	}
	if (ctx && !ctx->refs)
		ctx_free(ctx);
	ctx = NULL;
}

static int
mem_type(struct vk_ctx *c, uint32_t bits, VkMemoryPropertyFlags want)
{
	for (uint32_t i = 0; i < c->mem.memoryTypeCount; i++)
		if ((bits & (1u << i)) && (c->mem.memoryTypes[i].propertyFlags & want) == want)
			return (int)i;
	return -1;
}

int
vk_buf_new(struct vk_ctx *c, struct vk_buf *b, VkDeviceSize n, int host)
{
	memset(b, 0, sizeof(*b));
	n = (n + 15) & ~(VkDeviceSize)15;
	if (n < 16)
		n = 16;
	VkBufferCreateInfo bi = { .sType = VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO, .size = n,
		.usage = VK_BUFFER_USAGE_STORAGE_BUFFER_BIT | VK_BUFFER_USAGE_TRANSFER_SRC_BIT |
		    VK_BUFFER_USAGE_TRANSFER_DST_BIT, .sharingMode = VK_SHARING_MODE_EXCLUSIVE };
	CK(c->vkCreateBuffer(c->dev, &bi, NULL, &b->b), "vkCreateBuffer");
	VkMemoryRequirements req;
	c->vkGetBufferMemoryRequirements(c->dev, b->b, &req);
	int t = host ? mem_type(c, req.memoryTypeBits, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT |
	    VK_MEMORY_PROPERTY_HOST_COHERENT_BIT) : mem_type(c, req.memoryTypeBits, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT);
	if (t < 0 && !host)
		t = mem_type(c, req.memoryTypeBits, 0);
	if (t < 0) {
		err_set("vulkan: no memory type for a buffer of %llu bytes", (unsigned long long)n);
		goto fail;
	}
	VkMemoryAllocateInfo ai = { .sType = VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO, .allocationSize = req.size,
		.memoryTypeIndex = (uint32_t)t };
	CK(c->vkAllocateMemory(c->dev, &ai, NULL, &b->m), "vkAllocateMemory");
	CK(c->vkBindBufferMemory(c->dev, b->b, b->m, 0), "vkBindBufferMemory");
	b->size = n;
	/* memory the host sees anyway (lavapipe, integrated GPUs) is mapped:
	 * no staging copies */
	if (host || (c->mem.memoryTypes[t].propertyFlags & (VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT |
	    VK_MEMORY_PROPERTY_HOST_COHERENT_BIT)) == (VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT |
	    VK_MEMORY_PROPERTY_HOST_COHERENT_BIT))
		CK(c->vkMapMemory(c->dev, b->m, 0, VK_WHOLE_SIZE, 0, &b->map), "vkMapMemory");
	return 0;
fail:
	vk_buf_free(c, b);
	return -1;
}

void
vk_buf_free(struct vk_ctx *c, struct vk_buf *b)
{
	if (b->b)
		c->vkDestroyBuffer(c->dev, b->b, NULL);
	if (b->m)
		c->vkFreeMemory(c->dev, b->m, NULL);
	memset(b, 0, sizeof(*b));
}

int
vk_cmd_begin(struct vk_ctx *c, VkCommandBuffer *cb)
{
	VkCommandBufferAllocateInfo ai = { .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO,
		.commandPool = c->cpool, .level = VK_COMMAND_BUFFER_LEVEL_PRIMARY, .commandBufferCount = 1 };
	VkCommandBufferBeginInfo bi = { .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO,
		.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT };

	*cb = VK_NULL_HANDLE;
	CK(c->vkAllocateCommandBuffers(c->dev, &ai, cb), "vkAllocateCommandBuffers");
	CK(c->vkBeginCommandBuffer(*cb, &bi), "vkBeginCommandBuffer");
	return 0;
fail:
	if (*cb)
		c->vkFreeCommandBuffers(c->dev, c->cpool, 1, cb);
	return -1;
}

int
vk_cmd_submit(struct vk_ctx *c, VkCommandBuffer cb, int free_after)
{
	int ret = -1;

	if (free_after)
		CK(c->vkEndCommandBuffer(cb), "vkEndCommandBuffer");
	VkSubmitInfo si = { .sType = VK_STRUCTURE_TYPE_SUBMIT_INFO, .commandBufferCount = 1, .pCommandBuffers = &cb };
	CK(c->vkResetFences(c->dev, 1, &c->fence), "vkResetFences");
	CK(c->vkQueueSubmit(c->q, 1, &si, c->fence), "vkQueueSubmit");
	CK(c->vkWaitForFences(c->dev, 1, &c->fence, VK_TRUE, UINT64_MAX), "vkWaitForFences");
	ret = 0;
fail:
	if (free_after)
		c->vkFreeCommandBuffers(c->dev, c->cpool, 1, &cb);
	return ret;
}

static const VkMemoryBarrier full_barrier = { .sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER,
	.srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT | VK_ACCESS_SHADER_WRITE_BIT,
	.dstAccessMask = VK_ACCESS_TRANSFER_READ_BIT | VK_ACCESS_TRANSFER_WRITE_BIT | VK_ACCESS_SHADER_READ_BIT |
	    VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_HOST_READ_BIT };

/* A copy between b and a staging buffer, one way or the other. */
static int
staged(struct vk_ctx *c, struct vk_buf *b, VkDeviceSize off, void *host, size_t n, int write)
{
	struct vk_buf s;
	VkCommandBuffer cb;

	if (vk_buf_new(c, &s, n, 1) < 0)
		return -1;
	if (write)
		memcpy(s.map, host, n);
	if (vk_cmd_begin(c, &cb) < 0) {
		vk_buf_free(c, &s);
		return -1;
	}
	VkBufferCopy r = { .srcOffset = write ? 0 : off, .dstOffset = write ? off : 0, .size = n };
	c->vkCmdCopyBuffer(cb, write ? s.b : b->b, write ? b->b : s.b, 1, &r);
	c->vkCmdPipelineBarrier(cb, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_PIPELINE_STAGE_ALL_COMMANDS_BIT | VK_PIPELINE_STAGE_HOST_BIT,
	    0, 1, &full_barrier, 0, NULL, 0, NULL);
	int ret = vk_cmd_submit(c, cb, 1);
	if (ret == 0 && !write)
		memcpy(host, s.map, n);
	vk_buf_free(c, &s);
	return ret;
}

int
vk_buf_write(struct vk_ctx *c, struct vk_buf *b, VkDeviceSize off, const void *src, size_t n)
{
	if (!n)
		return 0;
	if (b->map) {
		memcpy((char *)b->map + off, src, n);
		return 0;
	}
	return staged(c, b, off, (void *)src, n, 1);
}

int
vk_buf_read(struct vk_ctx *c, struct vk_buf *b, VkDeviceSize off, void *dst, size_t n)
{
	if (!n)
		return 0;
	if (b->map) {
		memcpy(dst, (const char *)b->map + off, n);
		return 0;
	}
	return staged(c, b, off, dst, n, 0);
}

int
vk_buf_zero(struct vk_ctx *c, struct vk_buf *b, VkDeviceSize off, VkDeviceSize n)
{
	VkCommandBuffer cb;

	if (!n)
		return 0;
	if (b->map) {
		memset((char *)b->map + off, 0, n);
		return 0;
	}
	if (vk_cmd_begin(c, &cb) < 0)
		return -1;
	c->vkCmdFillBuffer(cb, b->b, off, (n + 3) & ~(VkDeviceSize)3, 0);
	c->vkCmdPipelineBarrier(cb, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_PIPELINE_STAGE_ALL_COMMANDS_BIT, 0, 1,
	    &full_barrier, 0, NULL, 0, NULL);
	return vk_cmd_submit(c, cb, 1);
}

VkPipeline
vk_pipeline(struct vk_ctx *c, enum vk_shader s, int wg, const int32_t *spec)
{
	for (int i = 0; i < c->npipes; i++)
		if (c->pipes[i].shader == (int)s && c->pipes[i].wg == wg &&
		    !memcmp(c->pipes[i].spec, spec, sizeof(c->pipes[i].spec)))
			return c->pipes[i].p;
	int32_t data[1 + VK_NSPEC];
	VkSpecializationMapEntry me[1 + VK_NSPEC];
	data[0] = wg;
	for (int i = 0; i <= VK_NSPEC; i++) {
		if (i)
			data[i] = spec[i - 1];
		me[i] = (VkSpecializationMapEntry){ .constantID = (uint32_t)i, .offset = (uint32_t)(i * 4), .size = 4 };
	}
	VkSpecializationInfo si = { .mapEntryCount = 1 + VK_NSPEC, .pMapEntries = me, .dataSize = sizeof(data),
		.pData = data };
	VkComputePipelineCreateInfo ci = { .sType = VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO,
		.stage = { .sType = VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO,
		    .stage = VK_SHADER_STAGE_COMPUTE_BIT, .module = c->mod[s], .pName = "main",
		    .pSpecializationInfo = &si },
		.layout = c->pl };
	VkPipeline p;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	VkResult r = c->vkCreateComputePipelines(c->dev, VK_NULL_HANDLE, 1, &ci, NULL, &p);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	c->pipe_ms[s] += (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
	c->pipe_n[s]++;
	if (r != VK_SUCCESS) {
		err_set("vulkan: vkCreateComputePipelines: %s", vk_result_str(r));
		return VK_NULL_HANDLE;
	}
	c->pipes = ereallocarray(c->pipes, (size_t)c->npipes + 1, sizeof(*c->pipes));
	c->pipes[c->npipes].shader = (int)s;
	c->pipes[c->npipes].wg = wg;
	memcpy(c->pipes[c->npipes].spec, spec, sizeof(c->pipes[c->npipes].spec));
	c->pipes[c->npipes++].p = p;
	return p;
}
