#version 450
// ew at LEVEL 0 (math64.glsl: the cores it carries)
#define LEVEL 0
#include "ew.glsl"
