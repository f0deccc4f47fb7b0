#version 450
// redf at LEVEL 3 (math64.glsl: the cores it carries)
#define LEVEL 3
#include "redf.glsl"
