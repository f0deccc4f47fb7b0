#version 450
// redf at LEVEL 2 (math64.glsl: the cores it carries)
#define LEVEL 2
#include "redf.glsl"
