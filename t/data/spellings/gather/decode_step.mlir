// tools/spellings.py -v gather -S 320 -C 32: story-lmrs, 2 layers
module @decode_step {
  func.func public @main(%arg0: tensor<i32> loc("token"), %arg1: tensor<i32> loc("pos"), %arg2: tensor<i32> loc("cache_len"), %arg3: tensor<2x320x4x16xf32> loc("kcache"), %arg4: tensor<2x320x4x16xf32> loc("vcache"), %arg5: tensor<2048x128xf32> loc("model.embed_tokens.weight"), %arg6: tensor<128xf32> loc("model.layers.0.input_layernorm.weight"), %arg7: tensor<128x128xf32> loc("model.layers.0.self_attn.q_proj.weight"), %arg8: tensor<64x128xf32> loc("model.layers.0.self_attn.k_proj.weight"), %arg9: tensor<64x128xf32> loc("model.layers.0.self_attn.v_proj.weight"), %arg10: tensor<128x128xf32> loc("model.layers.0.self_attn.o_proj.weight"), %arg11: tensor<128xf32> loc("model.layers.0.post_attention_layernorm.weight"), %arg12: tensor<384x128xf32> loc("model.layers.0.mlp.gate_proj.weight"), %arg13: tensor<384x128xf32> loc("model.layers.0.mlp.up_proj.weight"), %arg14: tensor<128x384xf32> loc("model.layers.0.mlp.down_proj.weight"), %arg15: tensor<128xf32> loc("model.layers.1.input_layernorm.weight"), %arg16: tensor<128x128xf32> loc("model.layers.1.self_attn.q_proj.weight"), %arg17: tensor<64x128xf32> loc("model.layers.1.self_attn.k_proj.weight"), %arg18: tensor<64x128xf32> loc("model.layers.1.self_attn.v_proj.weight"), %arg19: tensor<128x128xf32> loc("model.layers.1.self_attn.o_proj.weight"), %arg20: tensor<128xf32> loc("model.layers.1.post_attention_layernorm.weight"), %arg21: tensor<384x128xf32> loc("model.layers.1.mlp.gate_proj.weight"), %arg22: tensor<384x128xf32> loc("model.layers.1.mlp.up_proj.weight"), %arg23: tensor<128x384xf32> loc("model.layers.1.mlp.down_proj.weight"), %arg24: tensor<128xf32> loc("model.norm.weight")) -> (tensor<i32>, tensor<2x320x4x16xf32>, tensor<2x320x4x16xf32>) {
    %0 = stablehlo.constant dense<0x00000000> : tensor<f32>
    %1 = stablehlo.constant dense<0x3F800000> : tensor<f32>
    %2 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %3 = stablehlo.constant dense<0xF149F2CA> : tensor<f32>
    %4 = stablehlo.constant dense<0x358637BD> : tensor<f32>
    %5 = stablehlo.constant dense<0x43000000> : tensor<f32>
    %6 = stablehlo.constant dense<0x3E800000> : tensor<f32>
    %7 = stablehlo.constant dense<0> : tensor<i32>
    %8 = stablehlo.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
    %9 = "stablehlo.gather"(%arg5, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 0>, slice_sizes = array<i64: 1, 128>}> : (tensor<2048x128xf32>, tensor<1xi32>) -> tensor<128xf32>
    %10 = stablehlo.iota dim = 0 : tensor<320xi32>
    %11 = stablehlo.convert %10 : (tensor<320xi32>) -> tensor<320xf32>
    %12 = stablehlo.constant dense<"0x0000803F9BE8A13ECDCCCC3DE286013D0AD7233C373E4F3B6F12833A5FCBA539"> : tensor<8xf32>
    %13 = stablehlo.broadcast_in_dim %11, dims = [0] : (tensor<320xf32>) -> tensor<320x8xf32>
    %14 = stablehlo.broadcast_in_dim %12, dims = [1] : (tensor<8xf32>) -> tensor<320x8xf32>
    %15 = stablehlo.multiply %13, %14 : tensor<320x8xf32>
    %16 = stablehlo.cosine %15 : tensor<320x8xf32>
    %17 = stablehlo.sine %15 : tensor<320x8xf32>
    %18 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %19 = "stablehlo.gather"(%16, %18) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 0>, slice_sizes = array<i64: 1, 8>}> : (tensor<320x8xf32>, tensor<1xi32>) -> tensor<8xf32>
    %20 = stablehlo.reshape %arg1 : (tensor<i32>) -> tensor<1xi32>
    %21 = "stablehlo.gather"(%17, %20) <{dimension_numbers = #stablehlo.gather<offset_dims = [0], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 0>, slice_sizes = array<i64: 1, 8>}> : (tensor<320x8xf32>, tensor<1xi32>) -> tensor<8xf32>
    %22 = stablehlo.concatenate %19, %19, dim = 0 : (tensor<8xf32>, tensor<8xf32>) -> tensor<16xf32>
    %23 = stablehlo.concatenate %21, %21, dim = 0 : (tensor<8xf32>, tensor<8xf32>) -> tensor<16xf32>
    %24 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<i32>) -> tensor<4x320x2xi32>
    %25 = stablehlo.iota dim = 1 : tensor<4x320x2xi32>
    %26 = stablehlo.compare GE, %24, %25, SIGNED : (tensor<4x320x2xi32>, tensor<4x320x2xi32>) -> tensor<4x320x2xi1>
    %27 = stablehlo.multiply %9, %9 : tensor<128xf32>
    %28 = stablehlo.reduce(%27 init: %0) applies stablehlo.add across dimensions = [0] : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %29 = stablehlo.divide %28, %5 : tensor<f32>
    %30 = stablehlo.add %29, %4 : tensor<f32>
    %31 = stablehlo.rsqrt %30 : tensor<f32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %33 = stablehlo.multiply %9, %32 : tensor<128xf32>
    %34 = stablehlo.multiply %33, %arg6 : tensor<128xf32>
    %35 = stablehlo.dot_general %arg7, %34, contracting_dims = [1] x [0] : (tensor<128x128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %36 = stablehlo.reshape %35 : (tensor<128xf32>) -> tensor<8x16xf32>
    %37 = stablehlo.reshape %34 : (tensor<128xf32>) -> tensor<128x1xf32>
    %38 = stablehlo.dot_general %37, %arg8, contracting_dims = [0] x [1] : (tensor<128x1xf32>, tensor<64x128xf32>) -> tensor<1x64xf32>
    %39 = stablehlo.reshape %38 : (tensor<1x64xf32>) -> tensor<4x16xf32>
    %40 = stablehlo.reshape %34 : (tensor<128xf32>) -> tensor<1x128xf32>
    %41 = stablehlo.dot_general %arg9, %40, contracting_dims = [1] x [1] : (tensor<64x128xf32>, tensor<1x128xf32>) -> tensor<64x1xf32>
    %42 = stablehlo.reshape %41 : (tensor<64x1xf32>) -> tensor<4x16xf32>
    %43 = stablehlo.broadcast_in_dim %22, dims = [1] : (tensor<16xf32>) -> tensor<8x16xf32>
    %44 = stablehlo.broadcast_in_dim %23, dims = [1] : (tensor<16xf32>) -> tensor<8x16xf32>
    %45 = stablehlo.slice %36 [0:8, 0:8] : (tensor<8x16xf32>) -> tensor<8x8xf32>
    %46 = stablehlo.slice %36 [0:8, 8:16] : (tensor<8x16xf32>) -> tensor<8x8xf32>
    %47 = stablehlo.negate %46 : tensor<8x8xf32>
    %48 = stablehlo.concatenate %47, %45, dim = 1 : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
    %49 = stablehlo.multiply %36, %43 : tensor<8x16xf32>
    %50 = stablehlo.multiply %48, %44 : tensor<8x16xf32>
    %51 = stablehlo.add %49, %50 : tensor<8x16xf32>
    %52 = stablehlo.broadcast_in_dim %22, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %53 = stablehlo.broadcast_in_dim %23, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %54 = stablehlo.slice %39 [0:4, 0:8] : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %55 = stablehlo.slice %39 [0:4, 8:16] : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %56 = stablehlo.negate %55 : tensor<4x8xf32>
    %57 = stablehlo.concatenate %56, %54, dim = 1 : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
    %58 = stablehlo.multiply %39, %52 : tensor<4x16xf32>
    %59 = stablehlo.multiply %57, %53 : tensor<4x16xf32>
    %60 = stablehlo.add %58, %59 : tensor<4x16xf32>
    %61 = stablehlo.constant dense<0> : tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %64 = stablehlo.concatenate %62, %63, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %65 = "stablehlo.scatter"(%arg3, %64, %60) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 0>, unique_indices = true}> ({
    ^bb0(%old65: tensor<f32>, %new65: tensor<f32>):
      stablehlo.return %new65 : tensor<f32>
    }) : (tensor<2x320x4x16xf32>, tensor<2xi32>, tensor<4x16xf32>) -> tensor<2x320x4x16xf32>
    %66 = "stablehlo.scatter"(%arg4, %64, %42) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 0>, unique_indices = true}> ({
    ^bb0(%old66: tensor<f32>, %new66: tensor<f32>):
      stablehlo.return %new66 : tensor<f32>
    }) : (tensor<2x320x4x16xf32>, tensor<2xi32>, tensor<4x16xf32>) -> tensor<2x320x4x16xf32>
    %67 = stablehlo.slice %65 [0:1, 0:320, 0:4, 0:16] : (tensor<2x320x4x16xf32>) -> tensor<1x320x4x16xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x320x4x16xf32>) -> tensor<320x4x16xf32>
    %69 = stablehlo.slice %66 [0:1, 0:320, 0:4, 0:16] : (tensor<2x320x4x16xf32>) -> tensor<1x320x4x16xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x320x4x16xf32>) -> tensor<320x4x16xf32>
    %71 = stablehlo.reshape %51 : (tensor<8x16xf32>) -> tensor<4x2x16xf32>
    %72 = stablehlo.dot_general %68, %71, batching_dims = [1] x [0], contracting_dims = [2] x [2] : (tensor<320x4x16xf32>, tensor<4x2x16xf32>) -> tensor<4x320x2xf32>
    %73 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<4x320x2xf32>
    %74 = stablehlo.multiply %72, %73 : tensor<4x320x2xf32>
    %75 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<f32>) -> tensor<4x320x2xf32>
    %76 = stablehlo.select %26, %74, %75 : tensor<4x320x2xi1>, tensor<4x320x2xf32>
    %77 = stablehlo.reduce(%76 init: %2) applies stablehlo.maximum across dimensions = [1] : (tensor<4x320x2xf32>, tensor<f32>) -> tensor<4x2xf32>
    %78 = stablehlo.broadcast_in_dim %77, dims = [0, 2] : (tensor<4x2xf32>) -> tensor<4x320x2xf32>
    %79 = stablehlo.subtract %76, %78 : tensor<4x320x2xf32>
    %80 = stablehlo.exponential %79 : tensor<4x320x2xf32>
    %81 = stablehlo.reduce(%80 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<4x320x2xf32>, tensor<f32>) -> tensor<4x2xf32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [0, 2] : (tensor<4x2xf32>) -> tensor<4x320x2xf32>
    %83 = stablehlo.divide %80, %82 : tensor<4x320x2xf32>
    %84 = stablehlo.dot_general %70, %83, batching_dims = [1] x [0], contracting_dims = [0] x [1] : (tensor<320x4x16xf32>, tensor<4x320x2xf32>) -> tensor<4x16x2xf32>
    %85 = stablehlo.transpose %84, dims = [0, 2, 1] : (tensor<4x16x2xf32>) -> tensor<4x2x16xf32>
    %86 = stablehlo.reshape %85 : (tensor<4x2x16xf32>) -> tensor<128xf32>
    %87 = stablehlo.dot_general %86, %arg10, contracting_dims = [0] x [1] : (tensor<128xf32>, tensor<128x128xf32>) -> tensor<128xf32>
    %88 = stablehlo.add %9, %87 : tensor<128xf32>
    %89 = stablehlo.multiply %88, %88 : tensor<128xf32>
    %90 = stablehlo.reduce(%89 init: %0) applies stablehlo.add across dimensions = [0] : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %91 = stablehlo.divide %90, %5 : tensor<f32>
    %92 = stablehlo.add %91, %4 : tensor<f32>
    %93 = stablehlo.rsqrt %92 : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %93, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %95 = stablehlo.multiply %88, %94 : tensor<128xf32>
    %96 = stablehlo.multiply %95, %arg11 : tensor<128xf32>
    %97 = stablehlo.dot_general %arg12, %96, contracting_dims = [1] x [0] : (tensor<384x128xf32>, tensor<128xf32>) -> tensor<384xf32>
    %98 = stablehlo.reshape %96 : (tensor<128xf32>) -> tensor<1x128xf32>
    %99 = stablehlo.dot_general %98, %arg13, contracting_dims = [1] x [1] : (tensor<1x128xf32>, tensor<384x128xf32>) -> tensor<1x384xf32>
    %100 = stablehlo.reshape %99 : (tensor<1x384xf32>) -> tensor<384xf32>
    %101 = stablehlo.logistic %97 : tensor<384xf32>
    %102 = stablehlo.multiply %97, %101 : tensor<384xf32>
    %103 = stablehlo.multiply %102, %100 : tensor<384xf32>
    %104 = stablehlo.dot_general %arg14, %103, contracting_dims = [1] x [0] : (tensor<128x384xf32>, tensor<384xf32>) -> tensor<128xf32>
    %105 = stablehlo.add %88, %104 : tensor<128xf32>
    %106 = stablehlo.multiply %105, %105 : tensor<128xf32>
    %107 = stablehlo.reduce(%106 init: %0) applies stablehlo.add across dimensions = [0] : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %108 = stablehlo.divide %107, %5 : tensor<f32>
    %109 = stablehlo.add %108, %4 : tensor<f32>
    %110 = stablehlo.rsqrt %109 : tensor<f32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %112 = stablehlo.multiply %105, %111 : tensor<128xf32>
    %113 = stablehlo.multiply %112, %arg15 : tensor<128xf32>
    %114 = stablehlo.dot_general %arg16, %113, contracting_dims = [1] x [0] : (tensor<128x128xf32>, tensor<128xf32>) -> tensor<128xf32>
    %115 = stablehlo.reshape %114 : (tensor<128xf32>) -> tensor<8x16xf32>
    %116 = stablehlo.reshape %113 : (tensor<128xf32>) -> tensor<128x1xf32>
    %117 = stablehlo.dot_general %116, %arg17, contracting_dims = [0] x [1] : (tensor<128x1xf32>, tensor<64x128xf32>) -> tensor<1x64xf32>
    %118 = stablehlo.reshape %117 : (tensor<1x64xf32>) -> tensor<4x16xf32>
    %119 = stablehlo.reshape %113 : (tensor<128xf32>) -> tensor<1x128xf32>
    %120 = stablehlo.dot_general %arg18, %119, contracting_dims = [1] x [1] : (tensor<64x128xf32>, tensor<1x128xf32>) -> tensor<64x1xf32>
    %121 = stablehlo.reshape %120 : (tensor<64x1xf32>) -> tensor<4x16xf32>
    %122 = stablehlo.broadcast_in_dim %22, dims = [1] : (tensor<16xf32>) -> tensor<8x16xf32>
    %123 = stablehlo.broadcast_in_dim %23, dims = [1] : (tensor<16xf32>) -> tensor<8x16xf32>
    %124 = stablehlo.slice %115 [0:8, 0:8] : (tensor<8x16xf32>) -> tensor<8x8xf32>
    %125 = stablehlo.slice %115 [0:8, 8:16] : (tensor<8x16xf32>) -> tensor<8x8xf32>
    %126 = stablehlo.negate %125 : tensor<8x8xf32>
    %127 = stablehlo.concatenate %126, %124, dim = 1 : (tensor<8x8xf32>, tensor<8x8xf32>) -> tensor<8x16xf32>
    %128 = stablehlo.multiply %115, %122 : tensor<8x16xf32>
    %129 = stablehlo.multiply %127, %123 : tensor<8x16xf32>
    %130 = stablehlo.add %128, %129 : tensor<8x16xf32>
    %131 = stablehlo.broadcast_in_dim %22, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %132 = stablehlo.broadcast_in_dim %23, dims = [1] : (tensor<16xf32>) -> tensor<4x16xf32>
    %133 = stablehlo.slice %118 [0:4, 0:8] : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %134 = stablehlo.slice %118 [0:4, 8:16] : (tensor<4x16xf32>) -> tensor<4x8xf32>
    %135 = stablehlo.negate %134 : tensor<4x8xf32>
    %136 = stablehlo.concatenate %135, %133, dim = 1 : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x16xf32>
    %137 = stablehlo.multiply %118, %131 : tensor<4x16xf32>
    %138 = stablehlo.multiply %136, %132 : tensor<4x16xf32>
    %139 = stablehlo.add %137, %138 : tensor<4x16xf32>
    %140 = stablehlo.constant dense<1> : tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.reshape %arg2 : (tensor<i32>) -> tensor<1xi32>
    %143 = stablehlo.concatenate %141, %142, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %144 = "stablehlo.scatter"(%65, %143, %139) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 0>, unique_indices = true}> ({
    ^bb0(%old144: tensor<f32>, %new144: tensor<f32>):
      stablehlo.return %new144 : tensor<f32>
    }) : (tensor<2x320x4x16xf32>, tensor<2xi32>, tensor<4x16xf32>) -> tensor<2x320x4x16xf32>
    %145 = "stablehlo.scatter"(%66, %143, %121) <{indices_are_sorted = true, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [0, 1], inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 0>, unique_indices = true}> ({
    ^bb0(%old145: tensor<f32>, %new145: tensor<f32>):
      stablehlo.return %new145 : tensor<f32>
    }) : (tensor<2x320x4x16xf32>, tensor<2xi32>, tensor<4x16xf32>) -> tensor<2x320x4x16xf32>
    %146 = stablehlo.slice %144 [1:2, 0:320, 0:4, 0:16] : (tensor<2x320x4x16xf32>) -> tensor<1x320x4x16xf32>
    %147 = stablehlo.reshape %146 : (tensor<1x320x4x16xf32>) -> tensor<320x4x16xf32>
    %148 = stablehlo.slice %145 [1:2, 0:320, 0:4, 0:16] : (tensor<2x320x4x16xf32>) -> tensor<1x320x4x16xf32>
    %149 = stablehlo.reshape %148 : (tensor<1x320x4x16xf32>) -> tensor<320x4x16xf32>
    %150 = stablehlo.reshape %130 : (tensor<8x16xf32>) -> tensor<4x2x16xf32>
    %151 = stablehlo.dot_general %147, %150, batching_dims = [1] x [0], contracting_dims = [2] x [2] : (tensor<320x4x16xf32>, tensor<4x2x16xf32>) -> tensor<4x320x2xf32>
    %152 = stablehlo.broadcast_in_dim %6, dims = [] : (tensor<f32>) -> tensor<4x320x2xf32>
    %153 = stablehlo.multiply %151, %152 : tensor<4x320x2xf32>
    %154 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<f32>) -> tensor<4x320x2xf32>
    %155 = stablehlo.select %26, %153, %154 : tensor<4x320x2xi1>, tensor<4x320x2xf32>
    %156 = stablehlo.reduce(%155 init: %2) applies stablehlo.maximum across dimensions = [1] : (tensor<4x320x2xf32>, tensor<f32>) -> tensor<4x2xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0, 2] : (tensor<4x2xf32>) -> tensor<4x320x2xf32>
    %158 = stablehlo.subtract %155, %157 : tensor<4x320x2xf32>
    %159 = stablehlo.exponential %158 : tensor<4x320x2xf32>
    %160 = stablehlo.reduce(%159 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<4x320x2xf32>, tensor<f32>) -> tensor<4x2xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0, 2] : (tensor<4x2xf32>) -> tensor<4x320x2xf32>
    %162 = stablehlo.divide %159, %161 : tensor<4x320x2xf32>
    %163 = stablehlo.dot_general %149, %162, batching_dims = [1] x [0], contracting_dims = [0] x [1] : (tensor<320x4x16xf32>, tensor<4x320x2xf32>) -> tensor<4x16x2xf32>
    %164 = stablehlo.transpose %163, dims = [0, 2, 1] : (tensor<4x16x2xf32>) -> tensor<4x2x16xf32>
    %165 = stablehlo.reshape %164 : (tensor<4x2x16xf32>) -> tensor<128xf32>
    %166 = stablehlo.dot_general %165, %arg19, contracting_dims = [0] x [1] : (tensor<128xf32>, tensor<128x128xf32>) -> tensor<128xf32>
    %167 = stablehlo.add %105, %166 : tensor<128xf32>
    %168 = stablehlo.multiply %167, %167 : tensor<128xf32>
    %169 = stablehlo.reduce(%168 init: %0) applies stablehlo.add across dimensions = [0] : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %170 = stablehlo.divide %169, %5 : tensor<f32>
    %171 = stablehlo.add %170, %4 : tensor<f32>
    %172 = stablehlo.rsqrt %171 : tensor<f32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %174 = stablehlo.multiply %167, %173 : tensor<128xf32>
    %175 = stablehlo.multiply %174, %arg20 : tensor<128xf32>
    %176 = stablehlo.dot_general %arg21, %175, contracting_dims = [1] x [0] : (tensor<384x128xf32>, tensor<128xf32>) -> tensor<384xf32>
    %177 = stablehlo.reshape %175 : (tensor<128xf32>) -> tensor<1x128xf32>
    %178 = stablehlo.dot_general %177, %arg22, contracting_dims = [1] x [1] : (tensor<1x128xf32>, tensor<384x128xf32>) -> tensor<1x384xf32>
    %179 = stablehlo.reshape %178 : (tensor<1x384xf32>) -> tensor<384xf32>
    %180 = stablehlo.logistic %176 : tensor<384xf32>
    %181 = stablehlo.multiply %176, %180 : tensor<384xf32>
    %182 = stablehlo.multiply %181, %179 : tensor<384xf32>
    %183 = stablehlo.dot_general %arg23, %182, contracting_dims = [1] x [0] : (tensor<128x384xf32>, tensor<384xf32>) -> tensor<128xf32>
    %184 = stablehlo.add %167, %183 : tensor<128xf32>
    %185 = stablehlo.multiply %184, %184 : tensor<128xf32>
    %186 = stablehlo.reduce(%185 init: %0) applies stablehlo.add across dimensions = [0] : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %187 = stablehlo.divide %186, %5 : tensor<f32>
    %188 = stablehlo.add %187, %4 : tensor<f32>
    %189 = stablehlo.rsqrt %188 : tensor<f32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %191 = stablehlo.multiply %184, %190 : tensor<128xf32>
    %192 = stablehlo.multiply %191, %arg24 : tensor<128xf32>
    %193 = stablehlo.dot_general %arg5, %192, contracting_dims = [1] x [0] : (tensor<2048x128xf32>, tensor<128xf32>) -> tensor<2048xf32>
    %194 = stablehlo.iota dim = 0 : tensor<2048xi32>
    %195 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %196 = stablehlo.constant dense<0> : tensor<i32>
    %197:2 = stablehlo.reduce(%193 init: %195), (%194 init: %196) across dimensions = [0] : (tensor<2048xf32>, tensor<2048xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%am198_a: tensor<f32>, %am198_b: tensor<f32>) (%am198_c: tensor<i32>, %am198_d: tensor<i32>)  {
      %198 = stablehlo.compare  GT, %am198_a, %am198_b,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %199 = stablehlo.compare  NE, %am198_a, %am198_a,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %200 = stablehlo.or %198, %199 : tensor<i1>
      %201 = stablehlo.compare  EQ, %am198_a, %am198_b,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %202 = stablehlo.compare  LT, %am198_c, %am198_d,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %203 = stablehlo.and %201, %202 : tensor<i1>
      %204 = stablehlo.or %200, %203 : tensor<i1>
      %205 = stablehlo.select %200, %am198_a, %am198_b : tensor<i1>, tensor<f32>
      %206 = stablehlo.select %204, %am198_c, %am198_d : tensor<i1>, tensor<i32>
      stablehlo.return %205, %206 : tensor<f32>, tensor<i32>
    }
    return %197#1, %144, %145 : tensor<i32>, tensor<2x320x4x16xf32>, tensor<2x320x4x16xf32>
  }
}
