#version 450
// ewf at LEVEL 1 (math64.glsl: the cores it carries)
#define LEVEL 1
#include "ewf.glsl"
