package main

import "net/http"

func (s *server) page(w http.ResponseWriter, r *http.Request)     {}
func (s *server) timeline(w http.ResponseWriter, r *http.Request) {}
func timelineKindsAny() []any                                     { return nil }
