/* The Vulkan backend ("vulkan") as exec.c lists it: no Vulkan header is
 * needed to name it (exec/vk/vk.h has the rest). */
#ifndef VK_BACKEND_H
#define VK_BACKEND_H

#include "exec/exec.h"

extern const struct exec_backend vk_backend;

#endif
