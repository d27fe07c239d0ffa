package game

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/webcaresim/webcaresim/scenarios"
)

// The real-keyboard half of typing a reply with no field focused (the
// driver's tests feed text directly, so they cannot see it): with no field
// focused no IME session runs, and the letters a newcomer types as a
// decision opens used to go nowhere while the Spaces between them pressed
// choice 1, the historical 'juf' reply. Here a real X keyboard (xdotool on
// a virtual display) types into the real game, run with its live input in
// a child process; the child says on its standard output what is on the
// screen, so the test waits for states, not for time.

// liveChildEnv makes the test binary the child: the game with live input.
const liveChildEnv = "WEBCARESIM_LIVE_KEYBOARD_CHILD"

// liveHoldEnv names a reply text: the first time the focused reply field
// shows it, the child says "held" and stops its game loop (in the frame's
// draw) until the test writes a line to its standard input. Keys typed
// meanwhile all reach the game in the next frame, which makes "the next
// frame" something a test can set up instead of a matter of timing.
const liveHoldEnv = "WEBCARESIM_LIVE_KEYBOARD_HOLD"

// liveHoldOpenEnv names a decision by its number in the round (1, 2, …):
// in the first frame that shows it open, the child says "held" and stops its
// game loop until the test writes a line, as liveHoldEnv does. Keys typed
// meanwhile reach the game in the frame right after the decision appeared.
const liveHoldOpenEnv = "WEBCARESIM_LIVE_KEYBOARD_HOLD_OPEN"

// runLiveChild plays sanoma-juf in Dutch with the live keyboard and prints
// a line whenever what the test looks at changes: the screen, the open
// decision, the reply field's text and the replies published.
func runLiveChild() int {
	var a *App
	last := ""
	hold := os.Getenv(liveHoldEnv)
	holdOpen, _ := strconv.Atoi(os.Getenv(liveHoldOpenEnv))
	var shown *scenarios.Decision
	opened := 0
	stdin := bufio.NewReader(os.Stdin)
	opts := Options{Scenario: "sanoma-juf", Lang: "nl", Seed: 5}
	opts.AfterDraw = func(*ebiten.Image) {
		state := fmt.Sprint("screen ", int(a.Screen()))
		if p, ok := a.scene.(*playScene); ok {
			state += "\ndecision " + fmt.Sprint(p.decision != nil)
			state += "\nfocus " + p.focus.ID
			state += "\nreply " + p.reply.Text()
			if p.decision != nil && p.selected >= 0 && p.selected < len(p.decision.Choices) {
				state += "\nselected " + p.decision.Choices[p.selected].Text
			}
			for _, r := range p.sess.Replies() {
				state += "\npublished " + r.Text
			}
			if p.replyErr != "" {
				state += "\nnot published " + p.replyErr
			}
		}
		if state != last {
			last = state
			fmt.Println(state + "\n--")
		}
		if p, ok := a.scene.(*playScene); ok && hold != "" && p.focus.Is("reply") && p.reply.Text() == hold {
			hold = ""
			fmt.Println("held\n--")
			stdin.ReadString('\n')
		}
		if p, ok := a.scene.(*playScene); ok && p.decision != shown {
			shown = p.decision
			if shown != nil {
				opened++
			}
			if shown != nil && opened == holdOpen {
				fmt.Println("held\n--")
				stdin.ReadString('\n')
			}
		}
	}
	setupWindow(opts.Lang)
	if hold != "" || holdOpen > 0 {
		// One Update per frame: Ebiten otherwise runs the Updates a frame
		// is behind by, with no new input, before the held Draw, and the
		// keys typed during the hold would reach a later Update instead
		// of the one right after the focus moved.
		ebiten.SetTPS(ebiten.SyncWithFPS)
	}
	a = New(opts)
	if err := ebiten.RunGame(a); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

func TestWindowARealKeyboardTypesTheReplyWithNoFieldFocused(t *testing.T) {
	xdo, until, _ := startLiveGame(t)
	until("a decision opens", "decision true", "")
	const typed = "Hoi Dorien sorry je had al gebeld ik bel je zo ^Lotte"
	xdo("type", "--delay", "40", typed)
	until("the typed reply", "reply "+typed+"\n", "published") // before the fix: the 'juf' reply went out
	xdo("key", "Return")
	s := until("the typed reply published", "published ", "")
	if !strings.Contains(s, "published "+typed+"\n") || strings.Count(s, "published ") != 1 {
		t.Fatalf("after Enter the published replies are not just the typed one:\n%s", s)
	}
}

// The reply field's input method session runs while a choice has the focus
// (so that nothing typed is lost when the focus moves to the field); the
// keys that work the choices must still reach them: Enter picks the focused
// choice and Enter again publishes it.
func TestWindowARealKeyboardPicksAChoiceWithEnterAndPublishesItWithEnter(t *testing.T) {
	xdo, until, _ := startLiveGame(t)
	until("a decision opens on a choice", "decision true\nfocus choice-0\n", "")
	xdo("key", "Down")
	until("the focus on the second choice", "focus choice-1\n", "selected ")
	xdo("key", "Return")
	s := until("the second choice picked", "selected ", "published ")
	picked := s[strings.Index(s, "selected ")+len("selected "):]
	picked = picked[:strings.IndexByte(picked, '\n')]
	xdo("key", "Return")
	s = until("the picked choice published", "published ", "")
	if !strings.Contains(s, "published "+picked+"\n") || strings.Count(s, "published ") != 1 {
		t.Fatalf("after Enter and Enter on the second choice (%q) the published replies are:\n%s", picked, s)
	}
}

// A Space is a key for typing, from a real keyboard too: at a decision that
// opens on a framed choice, Spaces and an Enter pick and publish nothing; the
// Spaces stand in the reply field (P22-27: they published choice 1).
func TestWindowARealKeyboardSpaceAndEnterPublishNothing(t *testing.T) {
	xdo, until, _ := startLiveGame(t)
	until("a decision opens on a choice", "decision true\nfocus choice-0\n", "")
	xdo("key", "--delay", "40", "space", "space", "space")
	s := until("the Spaces in the reply field", "focus reply\nreply    \n", "published ")
	if strings.Contains(s, "selected ") {
		t.Fatalf("Spaces picked a choice:\n%s", s)
	}
	xdo("key", "Return")
	s = until("Enter says the reply is empty", "\nnot published ", "\npublished ")
	if strings.Contains(s, "selected ") {
		t.Fatalf("Spaces and Enter picked a choice:\n%s", s)
	}
}

// A trainee who types fast from a focused choice at a later decision lost
// what was typed in the frame after the first character moved the focus to
// the reply field: '@dorien_deboef' reached the field as '@ien_deboef' in
// play, and '@dort is onderweg' on a CI run, so the wrong handle was
// published. The child holds its loop in the frame the '@' moved the focus,
// so the rest of the reply reaches the game in the very next frame, the one
// that lost it, on every run.
func TestWindowFastTypingFromAChoiceLosesNoCharacter(t *testing.T) {
	const typed = "@dorien_deboef Het pakket is onderweg, je krijgt het morgen. ^Lotte"
	xdo, until, release := startLiveGame(t, liveHoldEnv+"="+typed[:1])
	until("a decision opens", "decision true", "")
	const first = "Hoi Dorien, sorry, ik zoek het voor je uit. ^Lotte"
	xdo("type", "--delay", "40", first)
	until("the first reply", "reply "+first+"\n", "")
	xdo("key", "Return")
	until("the first reply published", "published "+first+"\n", "")
	until("the next decision opens on a choice", "decision true\nfocus choice-0\nreply \npublished ", "")
	xdo("type", typed[:1])
	until("the first character moves the focus to the reply field", "held", "")
	xdo("type", "--delay", "1", typed[1:])
	release()
	// A key typed after the game went on: the reply must end with it and
	// have every character before it.
	xdo("type", "#")
	until("the fast-typed reply", "reply "+typed+"#\n", "#\n")
}

// startLiveGame starts the game with live input on a virtual display of its
// own (env is added to the child's environment), plays past the briefing of
// sanoma-juf, and returns a way to press keys, one to wait for what the
// screen shows, and one to let a held child go on (see liveHoldEnv).
func startLiveGame(t *testing.T, env ...string) (xdo func(args ...string), until func(what, want, bad string) string, release func()) {
	t.Helper()
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is missing (scripts/setup.sh installs it): the real keyboard cannot be driven", tool)
		}
	}
	// A display of its own: the driven game of the other tests has a
	// window on $DISPLAY, and the keys must reach only this one.
	// Xvfb picks a free display and writes its number to fd 3
	// (-displayfd): choosing one by its lock file raced with the other
	// engineers' and tests' displays under load.
	rd, wr, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	xvfb := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	xvfb.ExtraFiles = []*os.File{wr}
	if err := xvfb.Start(); err != nil {
		t.Fatal(err)
	}
	wr.Close()
	t.Cleanup(func() { xvfb.Process.Kill(); xvfb.Wait() })
	var num int
	if _, err := fmt.Fscan(rd, &num); err != nil {
		t.Fatalf("the virtual display did not start: %v", err)
	}
	rd.Close()
	disp := fmt.Sprintf(":%d", num)
	xdo = func(args ...string) {
		t.Helper()
		cmd := exec.Command("xdotool", args...)
		cmd.Env = append(os.Environ(), "DISPLAY="+disp)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("xdotool %v: %v %s", args, err, out)
		}
	}
	for i := 0; ; i++ {
		cmd := exec.Command("xdotool", "getdisplaygeometry")
		cmd.Env = append(os.Environ(), "DISPLAY="+disp)
		if cmd.Run() == nil {
			break
		}
		if i == 100 {
			t.Fatal("the virtual display did not start")
		}
		time.Sleep(50 * time.Millisecond) // polling for the display, not timing the game
	}

	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), liveChildEnv+"=1", "DISPLAY="+disp,
		"WEBCARESIM_DATA="+t.TempDir())
	child.Env = append(child.Env, env...)
	in, err := child.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	release = func() {
		t.Helper()
		if _, err := io.WriteString(in, "go\n"); err != nil {
			t.Fatal(err)
		}
	}
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	child.Stderr = os.Stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { child.Process.Kill(); child.Wait() })
	states := make(chan string, 1000)
	go func() {
		sc := bufio.NewScanner(out)
		var b strings.Builder
		for sc.Scan() {
			if sc.Text() == "--" {
				states <- b.String()
				b.Reset()
				continue
			}
			b.WriteString(sc.Text() + "\n")
		}
		close(states)
	}()
	// until waits for a state that has want in it and returns it; a
	// state with bad in it fails at once.
	until = func(what, want, bad string) string {
		t.Helper()
		deadline := time.After(90 * time.Second)
		lastSeen := ""
		for {
			select {
			case s, ok := <-states:
				if !ok {
					t.Fatalf("%s: the game ended", what)
				}
				if strings.Contains(s, want) {
					return s
				}
				if bad != "" && strings.Contains(s, bad) {
					t.Fatalf("%s: %q showed:\n%s", what, bad, s)
				}
				lastSeen = s
			case <-deadline:
				t.Fatalf("%s: %q never showed; the screen was:\n%s", what, want, lastSeen)
			}
		}
	}

	until("the briefing", fmt.Sprint("screen ", int(ScreenBriefing), "\n"), "")
	// The window is mapped (the first frame may come before it is); with
	// no window manager the keyboard goes to the window under the pointer,
	// which rests in the middle of the display.
	xdo("search", "--sync", "--onlyvisible", "--name", ".")
	// A key pressed before the new window has taken the focus is lost:
	// press Enter until the round has started.
	for started := false; !started; {
		xdo("key", "Return")
		select {
		case s, ok := <-states:
			if !ok {
				t.Fatal("the game ended on its briefing")
			}
			started = strings.Contains(s, fmt.Sprint("screen ", int(ScreenPlay), "\n"))
		case <-time.After(3 * time.Second):
		}
	}
	return xdo, until, release
}

// Typing the next reply as the next decision opens: the keys typed while the
// frame that first shows it is drawn all reach its reply field.
func TestWindowTypingAsTheNextDecisionOpensLosesNoCharacter(t *testing.T) {
	xdo, until, release := startLiveGame(t, liveHoldOpenEnv+"=2")
	until("a decision opens", "decision true", "")
	const first = "Hoi Dorien, sorry, ik zoek het voor je uit. ^Lotte"
	xdo("type", "--delay", "40", first)
	until("the first reply", "reply "+first+"\n", "")
	xdo("key", "Return")
	until("the next decision opens", "held", "")
	const typed = "Dorien, het pakket is onderweg. ^Lotte"
	xdo("type", "--delay", "1", typed)
	release()
	xdo("type", "#")
	until("the reply typed as the decision opened", "reply "+typed+"#\n", "#\n")
}

// A trainee who types the next reply right after the Enter that publishes
// one, on a computer too busy to read the keys between them: the Enter and
// the next reply's first letters reach the game in one frame. The reply went
// out with them glued to its end ("… ^LotteDorien, het pakket …") and the
// next reply began without them. The child holds its loop with the first
// reply in the field, so the Enter and what follows reach one frame on every
// run: nothing is published with them, and the field keeps every character.
func TestWindowTypingRightAfterEnterLeaksNothingIntoThePublishedReply(t *testing.T) {
	const first = "Hoi Dorien, sorry, ik zoek het voor je uit. ^Lotte"
	xdo, until, release := startLiveGame(t, liveHoldEnv+"="+first)
	until("a decision opens", "decision true", "")
	xdo("type", "--delay", "40", first)
	until("the first reply held", "held", "")
	xdo("key", "Return")
	const typed = "Dorien, het pakket is onderweg."
	xdo("type", "--delay", "1", typed)
	release()
	xdo("type", "#")
	s := until("the field after the held frame", "#\n", "\npublished ")
	if !strings.Contains(s, "reply "+first+typed+"#\n") {
		t.Fatalf("the field lost characters typed with the Enter:\n%s", s)
	}
}
