#version 450
// ew at LEVEL 2 (math64.glsl: the cores it carries)
#define LEVEL 2
#include "ew.glsl"
