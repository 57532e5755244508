package main

import "github.com/aftersales/aftersales/explain"

var explainBasisNone = explain.Basis{}
