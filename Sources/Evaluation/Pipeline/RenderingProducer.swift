extension BatchEvaluator {
  /// `produce`, with each verdict rendered on the producing thread
  /// (``VerdictRendering``): verdicts are held back in runs of up to
  /// ``RenderedBlock/capacity``, and each run goes out as a `.lines` step
  /// with their bytes followed by the verdicts themselves, in their order.
  /// Any other step first sends the run held so far, so the order of all
  /// steps is kept.
  static func rendering(
    _ produce: @escaping BackgroundProducer<BatchStep>.Produce, with rendering: VerdictRendering?
  ) -> BackgroundProducer<BatchStep>.Produce {
    guard let rendering else { return produce }
    return { emit in
      var held = HeldVerdicts(rendering)
      var open = true
      produce { step in
        open = held.pass(step, to: emit)
        return open
      }
      if open { _ = held.send(to: emit) }
    }
  }
}

/// The verdicts a reading thread holds back while their bytes are made
/// (``BatchEvaluator/rendering(_:with:)``).
struct HeldVerdicts {
  let rendering: VerdictRendering
  /// This thread's render (``VerdictRendering/makeRender``).
  let render: VerdictRendering.Render
  let pool: LineBufferPool
  var block: RenderedBlock
  var steps: [BatchStep] = []

  init(_ rendering: VerdictRendering) {
    self.rendering = rendering
    render = rendering.makeRender()
    pool = LineBufferPool(outputs: rendering.outputs)
    block = RenderedBlock(outputs: rendering.outputs, pool: pool)
    steps.reserveCapacity(RenderedBlock.capacity)
  }

  /// Holds a verdict back, sending the run held when it is full; sends the
  /// run held and then any other step. False when the consumer has gone.
  mutating func pass(_ step: BatchStep, to emit: (BatchStep) -> Bool) -> Bool {
    guard case .verdict(let verdict, let claim) = step else {
      return send(to: emit) && emit(step)
    }
    block.add(verdict, with: render)
    steps.append(rendering.keepsVerdicts ? step : .verdict(verdict.reduced(), claim: claim))
    return block.isFull ? send(to: emit) : true
  }

  /// Emits the block and the verdicts held, if any; false when the
  /// consumer has gone.
  mutating func send(to emit: (BatchStep) -> Bool) -> Bool {
    guard !steps.isEmpty else { return true }
    let sent = block
    block = RenderedBlock(outputs: rendering.outputs, pool: pool)
    guard emit(.lines(sent)) else { return false }
    // Moved out, not copied: a copy is a retain here and a release later.
    steps.reverseByMoving()
    while let step = steps.popLast() {
      guard emit(step) else { return false }
    }
    return true
  }
}
