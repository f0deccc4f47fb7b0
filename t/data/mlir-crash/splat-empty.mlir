func.func @main() -> tensor<0x3xi32> {
  %c = stablehlo.constant dense<2> : tensor<0x3xi32>
  %d = stablehlo.constant dense<0x7F> : tensor<0xi8>
  %e = stablehlo.constant dense<1.5> : tensor<2x0xf32>
  %f = stablehlo.constant dense<true> : tensor<0xi1>
  func.return %c : tensor<0x3xi32>
}
