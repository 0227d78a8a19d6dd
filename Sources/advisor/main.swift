import AdvisorCLI
import Glibc

exit(run(CommandLine.arguments))
