/// What each verdict becomes in a run's output files (a JSON line, a CSV
/// row), made on the reading thread that made the verdict, so that the
/// writing thread only copies the bytes out.
///
/// Why: the writing thread takes the verdicts of both reading threads in
/// input order; rendering them there made it about a third of the run's
/// CPU time (`perf sched`, release, 200k parcels: 1.46 s of 4.80 s, the
/// JSON lines 70% of it), so three busy threads shared the two cores and
/// each waited on the others. See BENCHMARKS.md, session 7.
///
/// Only a run without population scoring renders this way: a score is
/// attached in input order, on the writing thread. A verdict the writing
/// thread changes (a parcel whose id an earlier record used) comes to
/// `emit` without lines and is rendered there.
public struct VerdictRendering: Sendable {
  /// How many outputs there are: a ``Render`` appends to that many buffers.
  public let outputs: Int
  /// False when `emit` needs no more of a rendered verdict than its lines
  /// stand for: the verdict then comes to it ``Verdict/reduced()``, and
  /// the whole of it is freed on the reading thread at once, while its
  /// memory is still in that core's cache (rather than later, from the
  /// writing thread's queue), and the queues hold less.
  public let keepsVerdicts: Bool
  /// Appends `verdict`'s bytes for output `k` to `buffers[k]`.
  public typealias Render = @Sendable (_ verdict: Verdict, _ buffers: inout [[UInt8]]) -> Void

  /// A ``Render`` for one thread; each reading thread asks for its own.
  public let makeRender: @Sendable () -> Render

  /// Renders every verdict, on any thread, with `render`.
  public init(outputs: Int, keepsVerdicts: Bool = true, render: @escaping Render) {
    self.init(outputs: outputs, keepsVerdicts: keepsVerdicts, renderPerThread: { render })
  }

  /// Renders the verdicts of each reading thread with a ``Render`` that
  /// `makeRender` makes for that thread, once: what it holds (the parts of
  /// lines that depend on the rule set alone, say) is then the thread's
  /// own memory, whose reference counts no other thread touches.
  public init(
    outputs: Int, keepsVerdicts: Bool = true,
    renderPerThread makeRender: @escaping @Sendable () -> Render
  ) {
    self.outputs = outputs
    self.keepsVerdicts = keepsVerdicts
    self.makeRender = makeRender
  }
}

/// One verdict's bytes for each output, as ``VerdictRendering`` made them.
///
/// They lie in a block of the lines of consecutive verdicts, made by one
/// reading thread, which gets the block's memory back once `emit` has
/// returned for the block's last verdict (``endsBlock``): bytes held past
/// that call must have been written by then.
public struct RenderedLines {
  let block: RenderedBlock
  let index: Int

  /// Calls `body` with the verdict's bytes for output `output`.
  public func withBytes<Result>(
    output: Int, _ body: (UnsafeRawBufferPointer) throws -> Result
  ) rethrows -> Result {
    try block.withBytes(of: index, output: output, body)
  }

  /// Where the verdict's bytes for `output` lie among its block's: the
  /// next verdict's, in the same block, follow at once.
  public func span(output: Int) -> Range<Int> { block.span(of: index, output: output) }

  /// True when the verdict is the last of its block.
  public var endsBlock: Bool { index == block.count - 1 }

  /// True when both verdicts' lines lie in the same block.
  public func sharesBlock(with other: RenderedLines) -> Bool { block === other.block }

  /// Calls `body` with the block's bytes for `output` in `span` (spans of
  /// its verdicts, joined).
  public func withBlockBytes<Result>(
    output: Int, _ span: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> Result
  ) rethrows -> Result {
    try block.withBytes(output: output, span, body)
  }
}

/// The bytes of a run of verdicts, for each output, back to back, made by
/// one reading thread and then only read, by the writing thread.
///
/// `@unchecked Sendable`: it is filled by the thread that makes it before
/// it is handed over (in a ``BatchStep``), and never changed after.
final class RenderedBlock: @unchecked Sendable {
  /// Verdicts a block holds: about 300 kB of JSON Lines at most (2.4 kB a
  /// verdict, `mujun sample`), one batch of ``BackgroundProducer``.
  static let capacity = 127

  private let pool: LineBufferPool
  /// The bytes of each output, and where each verdict's bytes end, output
  /// by output: verdict `i`'s bytes for output `k` end at
  /// `ends[i * outputs + k]`.
  private var buffers: LineBufferPool.Buffers
  private let outputs: Int
  private(set) var count = 0

  init(outputs: Int, pool: LineBufferPool) {
    self.outputs = outputs
    self.pool = pool
    buffers = pool.take()
  }

  var isFull: Bool { count >= Self.capacity }

  /// Renders `verdict` at the end of the block.
  func add(_ verdict: Verdict, with render: VerdictRendering.Render) {
    render(verdict, &buffers.bytes)
    for output in 0..<outputs { buffers.ends.append(buffers.bytes[output].count) }
    count += 1
  }

  func withBytes<Result>(
    of index: Int, output: Int, _ body: (UnsafeRawBufferPointer) throws -> Result
  ) rethrows -> Result {
    try withBytes(output: output, span(of: index, output: output), body)
  }

  func span(of index: Int, output: Int) -> Range<Int> {
    precondition(index < count && output < outputs)
    let end = buffers.ends[index * outputs + output]
    let start = index == 0 ? 0 : buffers.ends[(index - 1) * outputs + output]
    return start..<end
  }

  func withBytes<Result>(
    output: Int, _ span: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> Result
  ) rethrows -> Result {
    // A recycled block has no bytes left: reading it stops here.
    precondition(output < outputs && span.upperBound <= buffers.bytes[output].count)
    return try buffers.bytes[output].withUnsafeBytes { all in
      try body(UnsafeRawBufferPointer(rebasing: all[span]))
    }
  }

  /// Gives the block's memory back to the reading thread that made it,
  /// once every line has been written; the block is empty after.
  func recycle() {
    count = 0
    pool.put(buffers)
    buffers = LineBufferPool.Buffers(bytes: [], ends: [])
  }
}
