import JupyterProtocol

/// What `kernel_info_reply` says; fixed for the life of the process.
public struct KernelInfo: Sendable {
  public var implementation: String
  public var implementationVersion: String
  public var languageName: String
  public var languageVersion: String
  public var mimetype: String
  public var fileExtension: String
  public var pygmentsLexer: String
  public var codemirrorMode: String
  public var banner: String
  public var helpLinks: [(text: String, url: String)]

  public init(
    implementation: String, implementationVersion: String, languageName: String,
    languageVersion: String, mimetype: String, fileExtension: String, pygmentsLexer: String,
    codemirrorMode: String, banner: String, helpLinks: [(text: String, url: String)] = []
  ) {
    self.implementation = implementation
    self.implementationVersion = implementationVersion
    self.languageName = languageName
    self.languageVersion = languageVersion
    self.mimetype = mimetype
    self.fileExtension = fileExtension
    self.pygmentsLexer = pygmentsLexer
    self.codemirrorMode = codemirrorMode
    self.banner = banner
    self.helpLinks = helpLinks
  }

  /// `protocol_version`: 5.5, since Tessel does what 5.5 implies (XPUB with
  /// `iopub_welcome`, kernel_info on control, `supported_features`).
  public static let protocolVersion = "5.5"

  var replyContent: JSON {
    [
      "status": "ok",
      "protocol_version": .string(Self.protocolVersion),
      "implementation": .string(implementation),
      "implementation_version": .string(implementationVersion),
      "language_info": [
        "name": .string(languageName),
        "version": .string(languageVersion),
        "mimetype": .string(mimetype),
        "file_extension": .string(fileExtension),
        "pygments_lexer": .string(pygmentsLexer),
        "codemirror_mode": .string(codemirrorMode),
        "nbconvert_exporter": "script",
      ],
      "banner": .string(banner),
      "help_links": .array(helpLinks.map { ["text": .string($0.text), "url": .string($0.url)] }),
      "supported_features": [],
    ]
  }
}
