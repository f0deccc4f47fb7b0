// tools/spellings.py -v gather -S 320 -C 32: story-lmrs, 2 layers
module @prefill {
  func.func public @main(%arg0: tensor<32xi32> loc("tokens"), %arg1: tensor<32xi32> loc("positions"), %arg2: tensor<i32> loc("real_len"), %arg3: tensor<2x320x4x16xf32> loc("kcache"), %arg4: tensor<2x320x4x16xf32> loc("vcache"), %arg5: tensor<2048x128xf32> loc("model.embed_tokens.weight"), %arg6: tensor<128xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<128x128xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<64x128xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<64x128xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<128x128xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<128xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<384x128xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<384x128xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<128x384xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<128xf32> loc("model.layers.1.input_layernorm.weight"), %arg16: tensor<128x128xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg17: tensor<64x128xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg18: tensor<64x128xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg19: tensor<128x128xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg20: tensor<128xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg21: tensor<384x128xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg22: tensor<384x128xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg23: tensor<128x384xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg24: tensor<128xf32> loc("model.norm.weight")) -> (tensor<i32>, tensor<2x320x4x16xf32>, tensor<2x320x4x16xf32>) {
    %0 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %3 = stablehlo.constant dense<0xF149F2CA> : tensor<f32>
    %4 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %5 = stablehlo.constant dense<0x43000000> : tensor<f32>
    %6 = stablehlo.constant dense<0x3E800000> : tensor<f32>
    %7 = stablehlo.constant dense<0> : tensor<i32>
    %8 = stablehlo.reshape %arg0 : (tensor<32xi32>) -> tensor<1x32xi32>
    %9 = "stablehlo.gather"(%arg5, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 0>, slice_sizes = array<i64: 1, 128>}> : (tensor<2048x128xf32>, tensor<1x32xi32>) -> tensor<32x128xf32>
    %10 = stablehlo.slice %arg1 [0:1] : (tensor<32xi32>) -> tensor<1xi32>
    %11 = stablehlo.reshape %10 : (tensor<1xi32>) -> tensor<i32>
    %12 = stablehlo.iota dim = 0 : tensor<32xi32>
    %13 = stablehlo.broadcast_in_dim %11, dims = [] : (tensor<i32>) -> tensor<32xi32>
    %14 = stablehlo.add %12, %13 : tensor<32xi32>
    %15 = stablehlo.convert %14 : (tensor<32xi32>) -> tensor<32xf32>
    %16 = stablehlo.constant dense<"0x0000803F9BE8A13ECDCCCC3DE286013D0AD7233C373E4F3B6F12833A5FCBA539"> : tensor<8xf32>
    %17 = stablehlo.broadcast_in_dim %15, dims = [0] : (tensor<32xf32>) -> tensor<32x8xf32>
    %18 = stablehlo.broadcast_in_dim %16, dims = [1] : (tensor<8xf32>) -> tensor<32x8xf32>
    %19 = stablehlo.multiply %17, %18 : tensor<32x8xf32>
    %20 = stablehlo.cosine %19 : tensor<32x8xf32>
    %21 = stablehlo.sine %19 : tensor<32x8xf32>
    %22 = stablehlo.concatenate %20, %20, dim = 1 : (tensor<32x8xf32>, tensor<32x8xf32>) -> tensor<32x16xf32>
    %23 = stablehlo.concatenate %21, %21, dim = 1 : (tensor<32x8xf32>, tensor<32x8xf32>) -> tensor<32x16xf32>
    %24 = stablehlo.iota dim = 3 : tensor<4x32x2x320xi32>
    %25 = stablehlo.broadcast_in_dim %14, dims = [1] : (tensor<32xi32>) -> tensor<4x32x2x320xi32>
    %26 = stablehlo.compare LE, %24, %25, SIGNED : (tensor<4x32x2x320xi32>, tensor<4x32x2x320xi32>) -> tensor<4x32x2x320xi1>
    %27 = stablehlo.multiply %9, %9 : tensor<32x128xf32>
    %28 = stablehlo.reduce(%27 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<32x128xf32>, tensor<f32>) -> tensor<32xf32>
    %29 = stablehlo.broadcast_in_dim %5, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %30 = stablehlo.divide %28, %29 : tensor<32xf32>
    %31 = stablehlo.broadcast_in_dim %4, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %32 = stablehlo.add %30, %31 : tensor<32xf32>
    %33 = stablehlo.rsqrt %32 : tensor<32xf32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [0] : (tensor<32xf32>) -> tensor<32x128xf32>
    %35 = stablehlo.multiply %9, %34 : tensor<32x128xf32>
    %36 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %37 = stablehlo.multiply %35, %36 : tensor<32x128xf32>
    %38 = stablehlo.dot_general %arg7, %37, contracting_dims = [1] x [1] : (tensor<128x128xf32>, tensor<32x128xf32>) -> tensor<128x32xf32>
    %39 = stablehlo.transpose %38, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %40 = stablehlo.transpose %37, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %41 = stablehlo.dot_general %40, %arg8, contracting_dims = [0] x [1] : (tensor<128x32xf32>, tensor<64x128xf32>) -> tensor<32x64xf32>
    %42 = stablehlo.dot_general %37, %arg9, contracting_dims = [1] x [1] : (tensor<32x128xf32>, tensor<64x128xf32>) -> tensor<32x64xf32>
    %43 = stablehlo.reshape %39 : (tensor<32x128xf32>) -> tensor<32x8x16xf32>
    %44 = stablehlo.broadcast_in_dim %22, dims = [0, 2] : (tensor<32x16xf32>) -> tensor<32x8x16xf32>
    %45 = stablehlo.broadcast_in_dim %23, dims = [0, 2] : (tensor<32x16xf32>) -> tensor<32x8x16xf32>
    %46 = stablehlo.slice %43 [0:32, 0:8, 0:8] : (tensor<32x8x16xf32>) -> tensor<32x8x8xf32>
    %47 = stablehlo.slice %43 [0:32, 0:8, 8:16] : (tensor<32x8x16xf32>) -> tensor<32x8x8xf32>
    %48 = stablehlo.negate %47 : tensor<32x8x8xf32>
    %49 = stablehlo.concatenate %48, %46, dim = 2 : (tensor<32x8x8xf32>, tensor<32x8x8xf32>) -> tensor<32x8x16xf32>
    %50 = stablehlo.multiply %43, %44 : tensor<32x8x16xf32>
    %51 = stablehlo.multiply %49, %45 : tensor<32x8x16xf32>
    %52 = stablehlo.add %50, %51 : tensor<32x8x16xf32>
    %53 = stablehlo.reshape %41 : (tensor<32x64xf32>) -> tensor<32x4x16xf32>
    %54 = stablehlo.broadcast_in_dim %22, dims = [0, 2] : (tensor<32x16xf32>) -> tensor<32x4x16xf32>
    %55 = stablehlo.broadcast_in_dim %23, dims = [0, 2] : (tensor<32x16xf32>) -> tensor<32x4x16xf32>
    %56 = stablehlo.slice %53 [0:32, 0:4, 0:8] : (tensor<32x4x16xf32>) -> tensor<32x4x8xf32>
    %57 = stablehlo.slice %53 [0:32, 0:4, 8:16] : (tensor<32x4x16xf32>) -> tensor<32x4x8xf32>
    %58 = stablehlo.negate %57 : tensor<32x4x8xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 2 : (tensor<32x4x8xf32>, tensor<32x4x8xf32>) -> tensor<32x4x16xf32>
    %60 = stablehlo.multiply %53, %54 : tensor<32x4x16xf32>
    %61 = stablehlo.multiply %59, %55 : tensor<32x4x16xf32>
    %62 = stablehlo.add %60, %61 : tensor<32x4x16xf32>
    %63 = stablehlo.reshape %42 : (tensor<32x64xf32>) -> tensor<32x4x16xf32>
    %64 = stablehlo.constant dense<0> : tensor<i32>
    %65 = stablehlo.broadcast_in_dim %64, dims = [] : (tensor<i32>) -> tensor<32x1xi32>
    %66 = stablehlo.reshape %14 : (tensor<32xi32>) -> tensor<32x1xi32>
    %67 = stablehlo.concatenate %65, %66, dim = 1 : (tensor<32x1xi32>, tensor<32x1xi32>) -> tensor<32x2xi32>
    %68 = "stablehlo.scatter"(%arg3, %67, %62) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = true}> ({
    ^bb0(%old68: tensor<f32>, %new68: tensor<f32>):
      stablehlo.return %new68 : tensor<f32>
    }) : (tensor<2x320x4x16xf32>, tensor<32x2xi32>, tensor<32x4x16xf32>) -> tensor<2x320x4x16xf32>
    %69 = "stablehlo.scatter"(%arg4, %67, %63) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = true}> ({
    ^bb0(%old69: tensor<f32>, %new69: tensor<f32>):
      stablehlo.return %new69 : tensor<f32>
    }) : (tensor<2x320x4x16xf32>, tensor<32x2xi32>, tensor<32x4x16xf32>) -> tensor<2x320x4x16xf32>
    %70 = stablehlo.slice %68 [0:1, 0:320, 0:4, 0:16] : (tensor<2x320x4x16xf32>) -> tensor<1x320x4x16xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x320x4x16xf32>) -> tensor<320x4x16xf32>
    %72 = stablehlo.slice %69 [0:1, 0:320, 0:4, 0:16] : (tensor<2x320x4x16xf32>) -> tensor<1x320x4x16xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x320x4x16xf32>) -> tensor<320x4x16xf32>
    %74 = stablehlo.reshape %52 : (tensor<32x8x16xf32>) -> tensor<32x4x2x16xf32>
    %75 = stablehlo.dot_general %74, %71, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x4x2x16xf32>, tensor<320x4x16xf32>) -> tensor<4x32x2x320xf32>
    %76 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<4x32x2x320xf32>
    %77 = stablehlo.multiply %75, %76 : tensor<4x32x2x320xf32>
    %78 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<f32>) -> tensor<4x32x2x320xf32>
    %79 = stablehlo.select %26, %77, %78 : tensor<4x32x2x320xi1>, tensor<4x32x2x320xf32>
    %80 = stablehlo.reduce(%79 init: %2) applies stablehlo.maximum across dimensions = [3] : (tensor<4x32x2x320xf32>, tensor<f32>) -> tensor<4x32x2xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2] : (tensor<4x32x2xf32>) -> tensor<4x32x2x320xf32>
    %82 = stablehlo.subtract %79, %81 : tensor<4x32x2x320xf32>
    %83 = stablehlo.exponential %82 : tensor<4x32x2x320xf32>
    %84 = stablehlo.reduce(%83 init: %0) applies stablehlo.add across dimensions = [3] : (tensor<4x32x2x320xf32>, tensor<f32>) -> tensor<4x32x2xf32>
    %85 = stablehlo.broadcast_in_dim %84, dims = [0, 1, 2] : (tensor<4x32x2xf32>) -> tensor<4x32x2x320xf32>
    %86 = stablehlo.divide %83, %85 : tensor<4x32x2x320xf32>
    %87 = stablehlo.dot_general %86, %73, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<4x32x2x320xf32>, tensor<320x4x16xf32>) -> tensor<4x32x2x16xf32>
    %88 = stablehlo.transpose %87, dims = [1, 0, 2, 3] : (tensor<4x32x2x16xf32>) -> tensor<32x4x2x16xf32>
    %89 = stablehlo.reshape %88 : (tensor<32x4x2x16xf32>) -> tensor<32x128xf32>
    %90 = stablehlo.dot_general %89, %arg10, contracting_dims = [1] x [1] : (tensor<32x128xf32>, tensor<128x128xf32>) -> tensor<32x128xf32>
    %91 = stablehlo.add %9, %90 : tensor<32x128xf32>
    %92 = stablehlo.multiply %91, %91 : tensor<32x128xf32>
    %93 = stablehlo.reduce(%92 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<32x128xf32>, tensor<f32>) -> tensor<32xf32>
    %94 = stablehlo.broadcast_in_dim %5, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %95 = stablehlo.divide %93, %94 : tensor<32xf32>
    %96 = stablehlo.broadcast_in_dim %4, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %97 = stablehlo.add %95, %96 : tensor<32xf32>
    %98 = stablehlo.rsqrt %97 : tensor<32xf32>
    %99 = stablehlo.broadcast_in_dim %98, dims = [0] : (tensor<32xf32>) -> tensor<32x128xf32>
    %100 = stablehlo.multiply %91, %99 : tensor<32x128xf32>
    %101 = stablehlo.broadcast_in_dim %arg11, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %102 = stablehlo.multiply %100, %101 : tensor<32x128xf32>
    %103 = stablehlo.dot_general %arg12, %102, contracting_dims = [1] x [1] : (tensor<384x128xf32>, tensor<32x128xf32>) -> tensor<384x32xf32>
    %104 = stablehlo.transpose %103, dims = [1, 0] : (tensor<384x32xf32>) -> tensor<32x384xf32>
    %105 = stablehlo.dot_general %102, %arg13, contracting_dims = [1] x [1] : (tensor<32x128xf32>, tensor<384x128xf32>) -> tensor<32x384xf32>
    %106 = stablehlo.logistic %104 : tensor<32x384xf32>
    %107 = stablehlo.multiply %104, %106 : tensor<32x384xf32>
    %108 = stablehlo.multiply %107, %105 : tensor<32x384xf32>
    %109 = stablehlo.dot_general %108, %arg14, contracting_dims = [1] x [1] : (tensor<32x384xf32>, tensor<128x384xf32>) -> tensor<32x128xf32>
    %110 = stablehlo.add %91, %109 : tensor<32x128xf32>
    %111 = stablehlo.multiply %110, %110 : tensor<32x128xf32>
    %112 = stablehlo.reduce(%111 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<32x128xf32>, tensor<f32>) -> tensor<32xf32>
    %113 = stablehlo.broadcast_in_dim %5, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %114 = stablehlo.divide %112, %113 : tensor<32xf32>
    %115 = stablehlo.broadcast_in_dim %4, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %116 = stablehlo.add %114, %115 : tensor<32xf32>
    %117 = stablehlo.rsqrt %116 : tensor<32xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0] : (tensor<32xf32>) -> tensor<32x128xf32>
    %119 = stablehlo.multiply %110, %118 : tensor<32x128xf32>
    %120 = stablehlo.broadcast_in_dim %arg15, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %121 = stablehlo.multiply %119, %120 : tensor<32x128xf32>
    %122 = stablehlo.dot_general %arg16, %121, contracting_dims = [1] x [1] : (tensor<128x128xf32>, tensor<32x128xf32>) -> tensor<128x32xf32>
    %123 = stablehlo.transpose %122, dims = [1, 0] : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %124 = stablehlo.transpose %121, dims = [1, 0] : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %125 = stablehlo.dot_general %124, %arg17, contracting_dims = [0] x [1] : (tensor<128x32xf32>, tensor<64x128xf32>) -> tensor<32x64xf32>
    %126 = stablehlo.dot_general %121, %arg18, contracting_dims = [1] x [1] : (tensor<32x128xf32>, tensor<64x128xf32>) -> tensor<32x64xf32>
    %127 = stablehlo.reshape %123 : (tensor<32x128xf32>) -> tensor<32x8x16xf32>
    %128 = stablehlo.broadcast_in_dim %22, dims = [0, 2] : (tensor<32x16xf32>) -> tensor<32x8x16xf32>
    %129 = stablehlo.broadcast_in_dim %23, dims = [0, 2] : (tensor<32x16xf32>) -> tensor<32x8x16xf32>
    %130 = stablehlo.slice %127 [0:32, 0:8, 0:8] : (tensor<32x8x16xf32>) -> tensor<32x8x8xf32>
    %131 = stablehlo.slice %127 [0:32, 0:8, 8:16] : (tensor<32x8x16xf32>) -> tensor<32x8x8xf32>
    %132 = stablehlo.negate %131 : tensor<32x8x8xf32>
    %133 = stablehlo.concatenate %132, %130, dim = 2 : (tensor<32x8x8xf32>, tensor<32x8x8xf32>) -> tensor<32x8x16xf32>
    %134 = stablehlo.multiply %127, %128 : tensor<32x8x16xf32>
    %135 = stablehlo.multiply %133, %129 : tensor<32x8x16xf32>
    %136 = stablehlo.add %134, %135 : tensor<32x8x16xf32>
    %137 = stablehlo.reshape %125 : (tensor<32x64xf32>) -> tensor<32x4x16xf32>
    %138 = stablehlo.broadcast_in_dim %22, dims = [0, 2] : (tensor<32x16xf32>) -> tensor<32x4x16xf32>
    %139 = stablehlo.broadcast_in_dim %23, dims = [0, 2] : (tensor<32x16xf32>) -> tensor<32x4x16xf32>
    %140 = stablehlo.slice %137 [0:32, 0:4, 0:8] : (tensor<32x4x16xf32>) -> tensor<32x4x8xf32>
    %141 = stablehlo.slice %137 [0:32, 0:4, 8:16] : (tensor<32x4x16xf32>) -> tensor<32x4x8xf32>
    %142 = stablehlo.negate %141 : tensor<32x4x8xf32>
    %143 = stablehlo.concatenate %142, %140, dim = 2 : (tensor<32x4x8xf32>, tensor<32x4x8xf32>) -> tensor<32x4x16xf32>
    %144 = stablehlo.multiply %137, %138 : tensor<32x4x16xf32>
    %145 = stablehlo.multiply %143, %139 : tensor<32x4x16xf32>
    %146 = stablehlo.add %144, %145 : tensor<32x4x16xf32>
    %147 = stablehlo.reshape %126 : (tensor<32x64xf32>) -> tensor<32x4x16xf32>
    %148 = stablehlo.constant dense<1> : tensor<i32>
    %149 = stablehlo.broadcast_in_dim %148, dims = [] : (tensor<i32>) -> tensor<32x1xi32>
    %150 = stablehlo.reshape %14 : (tensor<32xi32>) -> tensor<32x1xi32>
    %151 = stablehlo.concatenate %149, %150, dim = 1 : (tensor<32x1xi32>, tensor<32x1xi32>) -> tensor<32x2xi32>
    %152 = "stablehlo.scatter"(%68, %151, %146) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = true}> ({
    ^bb0(%old152: tensor<f32>, %new152: tensor<f32>):
      stablehlo.return %new152 : tensor<f32>
    }) : (tensor<2x320x4x16xf32>, tensor<32x2xi32>, tensor<32x4x16xf32>) -> tensor<2x320x4x16xf32>
    %153 = "stablehlo.scatter"(%69, %151, %147) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 1>, unique_indices = true}> ({
    ^bb0(%old153: tensor<f32>, %new153: tensor<f32>):
      stablehlo.return %new153 : tensor<f32>
    }) : (tensor<2x320x4x16xf32>, tensor<32x2xi32>, tensor<32x4x16xf32>) -> tensor<2x320x4x16xf32>
    %154 = stablehlo.slice %152 [1:2, 0:320, 0:4, 0:16] : (tensor<2x320x4x16xf32>) -> tensor<1x320x4x16xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x320x4x16xf32>) -> tensor<320x4x16xf32>
    %156 = stablehlo.slice %153 [1:2, 0:320, 0:4, 0:16] : (tensor<2x320x4x16xf32>) -> tensor<1x320x4x16xf32>
    %157 = stablehlo.reshape %156 : (tensor<1x320x4x16xf32>) -> tensor<320x4x16xf32>
    %158 = stablehlo.reshape %136 : (tensor<32x8x16xf32>) -> tensor<32x4x2x16xf32>
    %159 = stablehlo.dot_general %158, %155, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<32x4x2x16xf32>, tensor<320x4x16xf32>) -> tensor<4x32x2x320xf32>
    %160 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<4x32x2x320xf32>
    %161 = stablehlo.multiply %159, %160 : tensor<4x32x2x320xf32>
    %162 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<f32>) -> tensor<4x32x2x320xf32>
    %163 = stablehlo.select %26, %161, %162 : tensor<4x32x2x320xi1>, tensor<4x32x2x320xf32>
    %164 = stablehlo.reduce(%163 init: %2) applies stablehlo.maximum across dimensions = [3] : (tensor<4x32x2x320xf32>, tensor<f32>) -> tensor<4x32x2xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0, 1, 2] : (tensor<4x32x2xf32>) -> tensor<4x32x2x320xf32>
    %166 = stablehlo.subtract %163, %165 : tensor<4x32x2x320xf32>
    %167 = stablehlo.exponential %166 : tensor<4x32x2x320xf32>
    %168 = stablehlo.reduce(%167 init: %0) applies stablehlo.add across dimensions = [3] : (tensor<4x32x2x320xf32>, tensor<f32>) -> tensor<4x32x2xf32>
    %169 = stablehlo.broadcast_in_dim %168, dims = [0, 1, 2] : (tensor<4x32x2xf32>) -> tensor<4x32x2x320xf32>
    %170 = stablehlo.divide %167, %169 : tensor<4x32x2x320xf32>
    %171 = stablehlo.dot_general %170, %157, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<4x32x2x320xf32>, tensor<320x4x16xf32>) -> tensor<4x32x2x16xf32>
    %172 = stablehlo.transpose %171, dims = [1, 0, 2, 3] : (tensor<4x32x2x16xf32>) -> tensor<32x4x2x16xf32>
    %173 = stablehlo.reshape %172 : (tensor<32x4x2x16xf32>) -> tensor<32x128xf32>
    %174 = stablehlo.dot_general %173, %arg19, contracting_dims = [1] x [1] : (tensor<32x128xf32>, tensor<128x128xf32>) -> tensor<32x128xf32>
    %175 = stablehlo.add %110, %174 : tensor<32x128xf32>
    %176 = stablehlo.multiply %175, %175 : tensor<32x128xf32>
    %177 = stablehlo.reduce(%176 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<32x128xf32>, tensor<f32>) -> tensor<32xf32>
    %178 = stablehlo.broadcast_in_dim %5, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %179 = stablehlo.divide %177, %178 : tensor<32xf32>
    %180 = stablehlo.broadcast_in_dim %4, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %181 = stablehlo.add %179, %180 : tensor<32xf32>
    %182 = stablehlo.rsqrt %181 : tensor<32xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0] : (tensor<32xf32>) -> tensor<32x128xf32>
    %184 = stablehlo.multiply %175, %183 : tensor<32x128xf32>
    %185 = stablehlo.broadcast_in_dim %arg20, dims = [1] : (tensor<128xf32>) -> tensor<32x128xf32>
    %186 = stablehlo.multiply %184, %185 : tensor<32x128xf32>
    %187 = stablehlo.dot_general %arg21, %186, contracting_dims = [1] x [1] : (tensor<384x128xf32>, tensor<32x128xf32>) -> tensor<384x32xf32>
    %188 = stablehlo.transpose %187, dims = [1, 0] : (tensor<384x32xf32>) -> tensor<32x384xf32>
    %189 = stablehlo.dot_general %186, %arg22, contracting_dims = [1] x [1] : (tensor<32x128xf32>, tensor<384x128xf32>) -> tensor<32x384xf32>
    %190 = stablehlo.logistic %188 : tensor<32x384xf32>
    %191 = stablehlo.multiply %188, %190 : tensor<32x384xf32>
    %192 = stablehlo.multiply %191, %189 : tensor<32x384xf32>
    %193 = stablehlo.dot_general %192, %arg23, contracting_dims = [1] x [1] : (tensor<32x384xf32>, tensor<128x384xf32>) -> tensor<32x128xf32>
    %194 = stablehlo.add %175, %193 : tensor<32x128xf32>
    %195 = stablehlo.constant dense<1> : tensor<i32>
    %196 = stablehlo.subtract %arg2, %195 : tensor<i32>
    %197 = stablehlo.dynamic_slice %194, %196, %7, sizes = [1, 128] : (tensor<32x128xf32>, tensor<i32>, tensor<i32>) -> tensor<1x128xf32>
    %198 = stablehlo.multiply %197, %197 : tensor<1x128xf32>
    %199 = stablehlo.reduce(%198 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<1x128xf32>, tensor<f32>) -> tensor<1xf32>
    %200 = stablehlo.broadcast_in_dim %5, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %201 = stablehlo.divide %199, %200 : tensor<1xf32>
    %202 = stablehlo.broadcast_in_dim %4, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %203 = stablehlo.add %201, %202 : tensor<1xf32>
    %204 = stablehlo.rsqrt %203 : tensor<1xf32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [0] : (tensor<1xf32>) -> tensor<1x128xf32>
    %206 = stablehlo.multiply %197, %205 : tensor<1x128xf32>
    %207 = stablehlo.broadcast_in_dim %arg24, dims = [1] : (tensor<128xf32>) -> tensor<1x128xf32>
    %208 = stablehlo.multiply %206, %207 : tensor<1x128xf32>
    %209 = stablehlo.dot_general %208, %arg5, contracting_dims = [1] x [1] : (tensor<1x128xf32>, tensor<2048x128xf32>) -> tensor<1x2048xf32>
    %210 = stablehlo.reshape %209 : (tensor<1x2048xf32>) -> tensor<2048xf32>
    %211 = stablehlo.iota dim = 0 : tensor<2048xi32>
    %212 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %213 = stablehlo.constant dense<0> : tensor<i32>
    %214:2 = stablehlo.reduce(%210 init: %212), (%211 init: %213) across dimensions = [0] : (tensor<2048xf32>, tensor<2048xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%am215_a: tensor<f32>, %am215_b: tensor<f32>) (%am215_c: tensor<i32>, %am215_d: tensor<i32>)  {
      %215 = stablehlo.compare  GT, %am215_a, %am215_b,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %216 = stablehlo.compare  NE, %am215_a, %am215_a,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %217 = stablehlo.or %215, %216 : tensor<i1>
      %218 = stablehlo.compare  EQ, %am215_a, %am215_b,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %219 = stablehlo.compare  LT, %am215_c, %am215_d,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %220 = stablehlo.and %218, %219 : tensor<i1>
      %221 = stablehlo.or %217, %220 : tensor<i1>
      %222 = stablehlo.select %217, %am215_a, %am215_b : tensor<i1>, tensor<f32>
      %223 = stablehlo.select %221, %am215_c, %am215_d : tensor<i1>, tensor<i32>
      stablehlo.return %222, %223 : tensor<f32>, tensor<i32>
    }
    return %214#1, %152, %153 : tensor<i32>, tensor<2x320x4x16xf32>, tensor<2x320x4x16xf32>
  }
}
