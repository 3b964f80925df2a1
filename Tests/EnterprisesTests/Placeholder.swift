import Enterprises
import Testing
