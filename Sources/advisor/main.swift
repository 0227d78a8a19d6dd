import AdvisorCLI
import Foundation

exit(run(CommandLine.arguments))
