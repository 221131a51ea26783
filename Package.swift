// swift-tools-version: 6.0
import PackageDescription

// Module graph (arrows point at what a module imports):
//   CZeroMQ ← ZeroMQ ← KernelServer ← tessel
//   CMimalloc ← tessel (the process's malloc)
//   JupyterProtocol ← KernelCore ← KernelServer
//   COpenBLAS, VectorKernels, AVX512Kernels ← TensorModule ← PythonLanguage ← TesselKernel → KernelCore
//   Interruption ← KernelCore, TensorModule (one flag: raised by the protocol, polled by the loops)
//   TensorModule ← StatisticsModule ← PythonLanguage
// KernelCore knows no sockets; PythonLanguage knows nothing of Jupyter.
let package = Package(
  name: "Tessel",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "tessel", targets: ["tessel"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.0"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    .package(url: "https://github.com/attaswift/BigInt.git", from: "6.0.0"),
  ],
  targets: [
    // libzmq through its C API. Plain `link "zmq"`: pkgConfig makes SwiftPM warn
    // about a prohibited -isystem flag on Debian.
    .systemLibrary(
      name: "CZeroMQ",
      providers: [.apt(["libzmq3-dev"])]
    ),
    .target(name: "ZeroMQ", dependencies: ["CZeroMQ"]),
    // OpenBLAS: CBLAS plus the Fortran LAPACK symbols it exports (prototypes in
    // shim.h; no lapacke). Only the tensor module imports it.
    .systemLibrary(
      name: "COpenBLAS",
      providers: [.apt(["libopenblas-dev"])]
    ),
    // mimalloc replaces malloc for the whole process (the executable links it ahead of libc). Python objects are
    // small and short-lived; glibc's allocator spent a third of `s.split(",")` consolidating and unlinking chunks.
    .systemLibrary(
      name: "CMimalloc",
      providers: [.apt(["libmimalloc-dev"])]
    ),
    .target(
      name: "JupyterProtocol",
      dependencies: [.product(name: "Crypto", package: "swift-crypto")]
    ),
    // The interrupt flag alone: raised by the protocol side, polled by the language and tensor loops.
    .target(name: "Interruption"),
    .target(name: "KernelCore", dependencies: ["JupyterProtocol", "Interruption"]),
    .target(name: "KernelServer", dependencies: ["KernelCore", "JupyterProtocol", "ZeroMQ"]),
    // Vector code compiled for AVX2 (with FMA and POPCNT) alone: the tensor module calls it only after `cpuid`
    // reports them. No implicit cross-module optimisation, so that its code is not inlined into code built for any
    // x86-64; only what is marked `@inlinable` (the comparisons' one source) is, and compiles there for baseline.
    .target(
      name: "VectorKernels",
      swiftSettings: [
        .unsafeFlags(["-Xcc", "-mavx2", "-Xcc", "-mfma", "-Xcc", "-mpopcnt", "-Xfrontend", "-disable-cmo"])
      ]
    ),
    // Code compiled for AVX-512 (F, CD, BW, DQ, VL: NumPy's X86_V4 set), called only after `cpuid` reports it:
    // the SVML functions NumPy's AVX-512 build runs, where they need the processor's own approximation
    // instructions to give NumPy's digits.
    .target(
      name: "AVX512Kernels",
      dependencies: ["VectorKernels"],
      swiftSettings: [
        .unsafeFlags([
          "-Xcc", "-mavx512f", "-Xcc", "-mavx512cd", "-Xcc", "-mavx512bw", "-Xcc", "-mavx512dq", "-Xcc",
          "-mavx512vl", "-Xcc", "-mfma", "-Xfrontend", "-disable-cmo",
        ])
      ]
    ),
    .target(name: "TensorModule", dependencies: ["COpenBLAS", "Interruption", "VectorKernels", "AVX512Kernels"]),
    // Special functions, distributions and tests (NumPy's summation order from the tensor module; exact
    // hypergeometric probabilities in big integers).
    .target(
      name: "StatisticsModule", dependencies: ["TensorModule", .product(name: "BigInt", package: "BigInt")]),
    // Python 3: the object model, the one engine, builtins with Python's meaning.
    .target(
      name: "PythonLanguage",
      dependencies: ["TensorModule", "StatisticsModule", "Interruption", .product(name: "BigInt", package: "BigInt")],
      // The engine touches class properties on every operation; runtime exclusivity checks cost ~10 %.
      swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
    ),
    .target(
      name: "TesselKernel",
      dependencies: ["PythonLanguage", "TensorModule", "KernelCore", "JupyterProtocol"]),
    .executableTarget(
      name: "tessel",
      dependencies: [
        "CMimalloc", "KernelServer", "TesselKernel", "PythonLanguage",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "TestSupport",
      dependencies: ["KernelCore", "JupyterProtocol"],
      path: "Tests/TestSupport"
    ),
    .testTarget(name: "ZeroMQTests", dependencies: ["ZeroMQ"]),
    .testTarget(name: "COpenBLASTests", dependencies: ["COpenBLAS"]),
    .testTarget(name: "TensorModuleTests", dependencies: ["TensorModule"]),
    .testTarget(
      name: "StatisticsModuleTests", dependencies: ["StatisticsModule", "TensorModule"], resources: [.copy("Fixtures")]),
    .testTarget(name: "JupyterProtocolTests", dependencies: ["JupyterProtocol"]),
    .testTarget(name: "KernelCoreTests", dependencies: ["KernelCore", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
