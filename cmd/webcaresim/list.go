package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
)

type listEntry struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Language   string `json:"language"`
	Channel    string `json:"channel"`
	Brand      string `json:"brand"`
	Difficulty int    `json:"difficulty"`
	BasedOn    string `json:"based_on,omitempty"`
	File       string `json:"file"`
}

func cmdList(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("list", stderr)
	asJSON := fs.Bool("json", false, "one JSON array of scenarios")
	var extra multiFlag
	fs.Var(&extra, "scenarios", "also load scenario files or folders (repeatable)")
	if fs.Parse(args) != nil {
		return 2
	}
	set := loadScenarios(extra, stderr)
	entries := make([]listEntry, 0, len(set.Scenarios))
	for _, sc := range set.Scenarios {
		entries = append(entries, listEntry{ID: sc.ID, Title: sc.Title, Language: sc.Language,
			Channel: sc.Channel, Brand: sc.Brand.Name, Difficulty: sc.Difficulty, BasedOn: sc.BasedOn, File: sc.File})
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(entries); err != nil {
			fmt.Fprintln(stderr, "webcaresim:", err)
			return 1
		}
		return 0
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tLANGUAGE\tTITLE\tBRAND\tCHANNEL\tDIFFICULTY")
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\n", e.ID, e.Language, e.Title, e.Brand, e.Channel, e.Difficulty)
	}
	tw.Flush()
	return 0
}
