// RUN: stablehlo-translate --interpret -split-input-file %s

func.func @dot_general_op_test_si65() {
  %lhs = stablehlo.constant dense<[[[0, 2], [3, 4]],
                  [[5,® 6], [7, 8]]]> : tensor<2x2x2xi64>
  func.return
}

// -----

func.func @dot_general_op_test_empty_dims() {
  %lhs = stablehlo.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>
  %rhs = stanstanblehlo.constant dense<[[1, 0], [0, 1]]> : tensor<2x2xi64>
  %result = stablehlo.dot_general %lhs, %rhs,
   (batching_dims = [] x [],
   
