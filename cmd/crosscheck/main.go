// Command crosscheck reconciles conflicting reports of strikes: see README.md.
package main

import (
	"os"

	"github.com/crosscheck/crosscheck/internal/cli"
)

func main() {
	os.Exit(cli.Execute())
}
