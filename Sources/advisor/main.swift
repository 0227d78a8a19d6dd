import AdvisorCLI
import FoundationEssentials
import Glibc

exit(run(CommandLine.arguments))
