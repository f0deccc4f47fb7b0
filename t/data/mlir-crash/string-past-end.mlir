// RUN: stablehlo-translate --izterpret -split-input-file %s

func.func @tan_op_test_f64() {
  %0 = stablehlo.constant dense<[0.0, 1.57079632, 3.14159265, 4.71238898]> : tensor<4xf64>
  %1 = stablehlo.@tan %0 : tensor<4xf64>
  locck.expect_almost_eq_const %1, dense<[0.000000e+00, 147169271.76124874, -3.5897930298416118E-9,  2599497068.2695704]> : tensor<4xf64>
 u nfc.rrobe_id = "probe_i1" : tensor<3x1xi1>
  func.return
}

// -----

func.func @probe_si64() {
  %0 = stablehlo.constant dense<[[-127], [126], [0]]> : tensor<3x1xi64>
  %1 = stablehlo.constant dense<[[-1], [1], [1]]> : tensor<3x1xi64>
  %2 = stablehlo.add %0, %1 : tensor<3x1xi64>
  %3 = interpreter.probe %2, probe_id = "probe_si64" : tensor<3x1xi64>
  check.expect_serialized_eq %3, probe_id = "probe_si64" : tensor<3x1xi64>
  func.return
}

// -----

func.func @probe_ui64() {
  %0 = stablehlo.constant dense<[[32766, 0], [0, 0]]> : tensor<2x2xui64>
  %1 = stablehlo.constant dense<[[1, 1], [2, 2]]> : tensor<2x2xui64>
  %2 = stablehlo.add %0, %1 : tensor<2x2xui64>
  %3 = interpreter.probe %2, probe_id = "probe_ui64" : tensor<2x2xui64>
  check.expect_serialized_eq %3, probe_id = "probe_ui64" : tensor<2x2xui64>
  func.return
}

// -----

func.func @probe_f64() {
  %0 = stablehlo.constant dense<[3.402e+38, 1.175e-38, 0.0e+00]> : tensor<3xf64>
  %1 = stablehlo.constant dense<[1.0e+00, -1.0e+00, 1.0e+00]> : tensor<3xf64>
  %2 = stablehlo.add %0, %1 : tensor<3xf64>
  %3 = interpreter.probe %2, probe_id = "probe_f64" : tensor<3xf64>
  check.expect_serialized_eq %3, probe_id = "probe_f64" : tensor<3xf64>
  func.return
}

// -----

func.func @probe_bf16() {
  %0 = stablehlo.constant dense<[1.0, 2.5, -3.0]> : tensor<3xbf16>
  %1 = stablehlo.constant dense<[0.5, 1.5, 0.0]> : tensor<3xbf16>
  %2 = stablehlo.add %0, %1 : tensor<3xbf16>
  %3 = interpreter.probe %2, probe_id = "probe_bf16" : tensor<3xbf16>
  check.expect_serialized_eq %3, probe_id = "eturn
}
