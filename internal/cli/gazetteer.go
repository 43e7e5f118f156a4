package cli

import (
	"archive/zip"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/gazetteer"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver
)

// newGazetteerCommand groups the gazetteer's sub-commands.
func newGazetteerCommand(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gazetteer",
		Short: "Manage the place gazetteer",
		Long: `The gazetteer compiled into crosscheck holds GeoNames places with more than
1,000 inhabitants, every country, the provinces of Iraq and Syria and a curated
supplement (docs/gazetteer.md). "gazetteer import" adds a full GeoNames dump to
the database for reports that name smaller villages.`,
	}
	cmd.AddCommand(newGazetteerImportCommand(a))
	return cmd
}

// importBatch is how many places are saved per transaction.
const importBatch = 10_000

func newGazetteerImportCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE",
		Short: "Import a GeoNames dump (allCountries.txt, IQ.txt...) into the database",
		Long: `import reads a GeoNames dump (the 19 tab-separated columns of allCountries.txt
or a country file such as IQ.txt; plain, .zip as downloaded, .gz, or "-" for
stdin) and stores its places with their English-script and Arabic names in the
database, replacing places imported before under the same GeoNames id. It
prints the rows read, imported, skipped (feature classes the gazetteer does not
use, such as roads) and bad (malformed). GeoNames data is CC-BY 4.0.`,
		Example: `  crosscheck gazetteer import IQ.txt
  crosscheck --db reports.db gazetteer import allCountries.zip`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			r, closeInput, err := openDump(args[0], a.stdin)
			if err != nil {
				return &exitError{code: 1, err: fmt.Errorf("gazetteer import: %w", err)}
			}
			defer closeInput()
			store, err := a.openStore(ctx)
			if err != nil {
				return fmt.Errorf("gazetteer import: %w", err)
			}
			defer store.Close()
			_, db := store.Tables()

			var batch []gazetteer.Place
			alts := map[int64][]string{}
			flush := func() error {
				if len(batch) == 0 {
					return nil
				}
				if err := gazetteer.SaveImported(ctx, db, batch, alts); err != nil {
					return err
				}
				batch, alts = batch[:0], map[int64][]string{}
				return nil
			}
			st, err := gazetteer.ScanGeoNames(r, func(p gazetteer.Place, names []string) error {
				batch = append(batch, p)
				if len(names) > 0 {
					alts[p.ID] = names
				}
				if len(batch) >= importBatch {
					return flush()
				}
				return nil
			})
			if err == nil {
				err = flush()
			}
			fmt.Fprintf(a.stdout, "read %d rows: imported %d, skipped %d, bad %d\n", st.Read, st.Imported, st.Skipped, st.Bad)
			if err != nil {
				return fmt.Errorf("gazetteer import %s: %w", args[0], err)
			}
			return nil
		},
	}
}

// openDump opens a GeoNames dump: "-" for stdin, a .zip (the first .txt
// inside, as GeoNames serves them), a .gz, or a plain file.
func openDump(path string, stdin io.Reader) (io.Reader, func(), error) {
	if path == "-" {
		return stdin, func() {}, nil
	}
	if strings.HasSuffix(path, ".zip") {
		zr, err := zip.OpenReader(path)
		if err != nil {
			return nil, nil, err
		}
		for _, f := range zr.File {
			if strings.HasSuffix(f.Name, ".txt") && !strings.HasPrefix(f.Name, "readme") {
				rc, err := f.Open()
				if err != nil {
					zr.Close()
					return nil, nil, fmt.Errorf("%s: %w", f.Name, err)
				}
				return rc, func() { rc.Close(); zr.Close() }, nil
			}
		}
		zr.Close()
		return nil, nil, fmt.Errorf("%s: no .txt file inside", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		return zr, func() { zr.Close(); f.Close() }, nil
	}
	return f, func() { f.Close() }, nil
}
