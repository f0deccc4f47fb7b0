#version 450
// reduce at LEVEL 0 (math64.glsl: the cores it carries)
#define LEVEL 0
#include "reduce.glsl"
