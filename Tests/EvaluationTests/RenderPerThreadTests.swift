import Foundation
import Rules
import Testing
import XMLStream

@testable import Evaluation

#if canImport(Glibc)
  import Glibc
#endif

/// A rendering made per thread (``VerdictRendering/init(outputs:keepsVerdicts:renderPerThread:)``)
/// gives each reading thread a render of its own, used by that thread
/// alone, and the lines are those one render gives.
@Suite struct RenderPerThreadTests {
  /// The threads each render was called on, by the render's number.
  final class Calls: @unchecked Sendable {
    private var threads: [[pthread_t]] = []
    private let lock = NSLock()
    /// A new render's number.
    func newRender() -> Int {
      lock.withLock {
        threads.append([])
        return threads.count - 1
      }
    }
    func called(_ render: Int) {
      lock.withLock { threads[render].append(pthread_self()) }
    }
    var all: [[pthread_t]] { lock.withLock { threads } }
  }

  @Test func eachReadingThreadRendersWithItsOwnRender() throws {
    let ruleSet = try RuleSetLoader().loadBundled(id: RuleSetLoader.defaultRuleSetID).get()
    var batch = BatchEvaluator(evaluator: Evaluator(ruleSet: ruleSet, year: 2024))
    batch.chunkSize = 1  // a chunk a record or so: both threads busy
    let bytes = try sampleBytes("chengdu-2024.xml")
    let calls = Calls()
    let perThread = VerdictRendering(
      outputs: 1,
      renderPerThread: {
        let render = calls.newRender()
        return { verdict, buffers in
          calls.called(render)
          buffers[0] += Array((String(describing: verdict) + "\n").utf8)
        }
      })
    var (rendered, unrendered) = (0, 0)
    _ = batch.run(
      XMLRecordReader(bytes: bytes, fileName: "t.xml"), scores: nil, rendering: perThread
    ) { verdict, lines in
      guard let lines else {
        unrendered += 1
        return
      }
      rendered += 1
      #expect(text(of: lines, output: 0) == String(describing: verdict) + "\n")
    }
    let renders = calls.all
    #expect(rendered > 5)
    // Every verdict was rendered on a reading thread; the one whose id an
    // earlier record used comes without its lines (it is rejected on the
    // writing thread).
    #expect(unrendered == 1)
    #expect(renders.reduce(0) { $0 + $1.count } == rendered + unrendered)
    // One render for each reading thread (two), each used on one thread.
    #expect(renders.count == 2)
    for threads in renders where !threads.isEmpty {
      #expect(threads.allSatisfy { pthread_equal($0, threads[0]) != 0 })
    }
  }
}
