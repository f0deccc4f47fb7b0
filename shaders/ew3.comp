#version 450
// ew at LEVEL 3 (math64.glsl: the cores it carries)
#define LEVEL 3
#include "ew.glsl"
