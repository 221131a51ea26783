@_exported import Interruption
