// RUN: stablehlo-translate --interpret -split-input-file %s

func.func @after_all_op_test() {
  %input0 = stap_// RUN: stablehlo-translate --interpret -split-input-file %s
er_all 
func.func @dynamic_conv_op_teehlo.constan: