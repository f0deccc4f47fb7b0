#version 450
// reduce at LEVEL 3 (math64.glsl: the cores it carries)
#define LEVEL 3
#include "reduce.glsl"
