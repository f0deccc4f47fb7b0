#version 450
// ewf at LEVEL 2 (math64.glsl: the cores it carries)
#define LEVEL 2
#include "ewf.glsl"
