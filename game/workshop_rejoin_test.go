package game

import (
	"context"
	"testing"
)

// The same trainee restarting the desktop game goes on as themselves: they
// joined again as "Pim Nieuw (2)", a second row on the trainer's dashboard
// (playtest 22). Another name on the same computer is another trainee.
func TestARestartedGameGoesOnAsTheSameTrainee(t *testing.T) {
	td := newTrainerDesk(t)
	ctx := context.Background()
	dir := t.TempDir()
	join := func(name string) {
		t.Helper()
		w := NewWorkshop(td.ts.URL, td.code) // a game started anew
		w.KeepJoinIn(dir)
		w.join(name, "nl")
		if _, err := w.joined(ctx); err != nil {
			t.Fatalf("%s could not join: %v", name, err)
		}
	}
	names := func() []string {
		t.Helper()
		ts, err := td.st.Trainees(ctx, td.code)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, x := range ts {
			out = append(out, x.Name)
		}
		return out
	}
	join("Pim Nieuw")
	join("Pim Nieuw")
	if got := names(); len(got) != 1 || got[0] != "Pim Nieuw" {
		t.Fatalf("after a restart the workshop has %q, want Pim once", got)
	}
	join("Anna")
	if got := names(); len(got) != 2 {
		t.Fatalf("another name on the same computer: the workshop has %q, want Pim and Anna", got)
	}
}
