package main

import "net/http"

func (s *server) openAPI() any                                    { return map[string]any{} }
func (s *server) page(w http.ResponseWriter, r *http.Request)     {}
func (s *server) timeline(w http.ResponseWriter, r *http.Request) {}
