package serve_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/replylint/replylint/internal/serve"
)

// A tool other than the page posts a reply to /api/lint and reads the
// json format's file object back. Requests must name the address the
// server is bound to as their Host.
func ExampleNew() {
	srv := httptest.NewUnstartedServer(nil)
	h, err := serve.New(serve.Options{Addr: srv.Listener.Addr().String(), Dir: "testdata/team"})
	if err != nil {
		fmt.Println(err)
		return
	}
	srv.Config.Handler = h
	srv.Start()
	defer srv.Close()

	resp, err := http.Post(srv.URL+"/api/lint", "application/json",
		strings.NewReader(`{"reply": "Misschien is je pakket morgen binnen.\n^EK (webcare)"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.StatusCode)
	fmt.Println(strings.Contains(string(body), `"rule":"hedging","severity":"error"`))
	// Output:
	// 200
	// true
}
