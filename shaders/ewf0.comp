#version 450
// ewf at LEVEL 0 (math64.glsl: the cores it carries)
#define LEVEL 0
#include "ewf.glsl"
