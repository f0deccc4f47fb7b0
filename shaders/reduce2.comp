#version 450
// reduce at LEVEL 2 (math64.glsl: the cores it carries)
#define LEVEL 2
#include "reduce.glsl"
