func.func @forms(%a: tensor<2x3xf32>) -> tensor<3xf32> {
  %c = stablehlo.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %0 = stablehlo.convert %c : (tensor<2x3xi32>) -> tensor<2x3xf32>
  %1 = stablehlo.add %a, %0 : tensor<2x3xf32>
  %z = stablehlo.constant dense<0.0> : tensor<f32>
  %2 = stablehlo.reduce(%1 init: %z) applies stablehlo.add across dimensions = [0] : (tensor<2x3xf32>, tensor<f32>) -> tensor<3xf32>
  %3 = "stablehlo.sort"(%2) <{dimension = 0 : i64}> ({
  ^bb0(%x: tensor<f32>, %y: tensor<f32>):
    %4 = stablehlo.compare LT, %x, %y, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    stablehlo.return %4 : tensor<i1>
  }) : (tensor<3xf32>) -> tensor<3xf32>
  %r0, %r1 = stablehlo.while(%i = %z, %s = %z) : tensor<f32>, tensor<f32>
  cond {
    %k = stablehlo.compare LT, %i, %s : (tensor<f32>, tensor<f32>) -> tensor<i1>
    stablehlo.return %k : tensor<i1>
  } do {
    stablehlo.return %i, %s : tensor<f32>, tensor<f32>
  }
  check.expect_almost_eq_const %3, dense<[5.0, 7.0, 9.0]> : tensor<3xf32> {tolerance = 0.1 : f64}
  func.return %3 : tensor<3xf32>
}
