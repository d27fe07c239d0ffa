package ui

import (
	"image"
	"testing"
)

// TestLettersTypedBeforeAClickOnAButtonStayInTheField: on a slow frame the
// last letters of a name and a click on a button arrive together. The
// letters were typed into the focused field before the click, so they
// land there, and the button is pressed.
func TestLettersTypedBeforeAClickOnAButtonStayInTheField(t *testing.T) {
	var name TextField
	name.SetText("Pi")
	pressed := false
	ws := []*Widget{
		{ID: "name", Rect: image.Rect(0, 0, 200, 40), Enabled: true, Field: &name},
		{ID: "calm", Rect: image.Rect(0, 60, 200, 100), Enabled: true, Press: func() { pressed = true }},
	}
	fc := Focus{ID: "name"}
	_, wasPressed := fc.Handle(ws, Events{Text: "eter", Clicks: []image.Point{{10, 70}}})
	if !wasPressed || !pressed {
		t.Fatal("the click on the button did not press it")
	}
	if name.Text() != "Pieter" {
		t.Errorf("name %q, want %q: the letters typed before the click were lost", name.Text(), "Pieter")
	}
	// A click on another field takes the frame's letters there instead:
	// clicking into a field and typing is the order that makes sense.
	var other TextField
	ws = append(ws, &Widget{ID: "other", Rect: image.Rect(0, 120, 200, 160), Enabled: true, Field: &other})
	fc.ID = "name"
	field, _ := fc.Handle(ws, Events{Text: "x", Clicks: []image.Point{{10, 130}}})
	if field != &other || name.Text() != "Pieter" {
		t.Errorf("a click into another field: focus on %p (want the other field), name %q", field, name.Text())
	}
}
