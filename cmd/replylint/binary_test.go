package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/build"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/replylint/replylint/internal/lsp"
)

// buildReplylint builds the command as "go install ./cmd/replylint" does
// and returns the directory it is in.
func buildReplylint(t *testing.T) string {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build replylint with")
	}
	bin := t.TempDir()
	out, err := exec.Command(goCmd, "build", "-o", filepath.Join(bin, "replylint"), ".").CombinedOutput()
	require.NoError(t, err, "%s", out)
	return bin
}

// TestBuiltBinary runs the installed command the ways the README sets it
// up: as the pre-commit hook and as an editor's language server.
func TestBuiltBinary(t *testing.T) {
	bin := buildReplylint(t)
	t.Run("pre-commit hook", func(t *testing.T) { testPreCommitHook(t, bin) })
	t.Run("language server", func(t *testing.T) { testLanguageServer(t, bin) })
	t.Run("interrupt", func(t *testing.T) { testInterrupt(t, bin) })
	t.Run("neovim", func(t *testing.T) { testNeovim(t, bin) })
}

// testNeovim runs the README's Neovim setup for the installed Neovim in a
// headless Neovim: it opens a reply and waits for replylint's
// diagnostics, and drafts a reply with the setup's <Leader>rd. The block for 0.7 to 0.10 runs on those versions (Debian
// 12 ships 0.7.2), the one for 0.11 on newer ones. Without nvim the test
// is skipped; "apt-get install neovim" gives one.
func testNeovim(t *testing.T, bin string) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("no nvim")
	}
	out, err := exec.Command(nvim, "--version").Output()
	require.NoError(t, err)
	m := regexp.MustCompile(`NVIM v0\.(\d+)\.`).FindSubmatch(out)
	require.NotNil(t, m, "%s", out)
	minor, err := strconv.Atoi(string(m[1]))
	require.NoError(t, err)
	section := readmeSection(t, "## Editors (language server)")
	blocks := regexp.MustCompile("(?s)\\*\\*Neovim([^*]*)\\*\\*.*?```lua\n(.*?)```").FindAllStringSubmatch(section, -1)
	require.Len(t, blocks, 2, "two Neovim setups")
	setup := blocks[0][2] // 0.11 or newer
	if minor < 11 {
		require.Contains(t, blocks[1][1], "0.7 to 0.10")
		setup = blocks[1][2]
	}
	if minor < 7 {
		t.Skipf("Neovim 0.%d is older than the README's setups", minor)
	}
	dir := t.TempDir()
	check := `local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(lines, string.format('%d:%d %s', d.lnum + 1, d.col + 1, tostring(d.code)))
end
vim.fn.writefile(lines, 'diagnostics.out')
vim.cmd('qall!')
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "init.lua"), []byte(setup), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "check.lua"), []byte(check), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "reply.txt"), []byte("@klant Misschien is je pakket morgen al binnen. ^Anne (webcare)\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("# Notities\n\nWellicht komt het morgen.\n"), 0o644))
	for _, file := range []struct{ name, want string }{{"reply.txt", "1:8 hedging"}, {"notes.md", "3:1 hedging"}} {
		cmd := exec.Command(nvim, "--headless", "-u", "init.lua", "-i", "NONE", "-c", "luafile check.lua", file.name)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_STATE_HOME="+dir)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
		got, err := os.ReadFile(filepath.Join(dir, "diagnostics.out"))
		require.NoError(t, err)
		assert.Contains(t, string(got), file.want, "Neovim 0.%d shows replylint's findings in %s", minor, file.name)
		os.Remove(filepath.Join(dir, "diagnostics.out"))
	}

	// The setup's <Leader>rd puts in the draft "replylint draft" prints
	// for the message in the front matter, under the team's profile.
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".replylint.yaml"), []byte("profile:\n  agent: Anne\n  role: webcare\n"), 0o644))
	message := "Al een week wacht ik op mijn pakket. Echt belachelijk."
	require.NoError(t, os.WriteFile(filepath.Join(dir, "message.txt"), []byte(message+"\n"), 0o644))
	front := "---\nin_reply_to: |\n  " + message + "\n---\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "answer.md"), []byte(front+"Misschien morgen.\n"), 0o644))
	// The mapping is typed as a user would; an error still ends Neovim.
	draftCheck := `local ok, err = pcall(function()
  vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  local function text() return table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n') end
  local before = text()
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes('<Leader>rd', true, true, true), 'mx', false)
  vim.wait(20000, function() return text() ~= before end, 50)
  vim.fn.writefile(vim.api.nvim_buf_get_lines(0, 0, -1, false), 'draft.out')
end)
if not ok then vim.fn.writefile({ 'error: ' .. tostring(err) }, 'draft.out') end
vim.cmd('qall!')
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "draft.lua"), []byte(draftCheck), 0o644))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "-u", "init.lua", "-i", "NONE", "-c", "luafile draft.lua", "answer.md")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_STATE_HOME="+dir)
	out, err = cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	got, err := os.ReadFile(filepath.Join(dir, "draft.out"))
	require.NoError(t, err)
	cli := exec.Command(filepath.Join(bin, "replylint"), "draft", "message.txt")
	cli.Dir = dir
	want, err := cli.Output()
	require.NoError(t, err)
	require.Contains(t, string(want), "Anne (webcare)")
	assert.Equal(t, front+string(want), string(got), "Neovim 0.%d drafts with <Leader>rd as the CLI does", minor)
}

// readmeSection returns a README section, up to the next "## " heading.
func readmeSection(t *testing.T, heading string) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	s := string(data)
	i := strings.Index(s, "\n"+heading+"\n")
	require.Positive(t, i, "README section %q", heading)
	s = s[i+len(heading)+2:]
	if end := strings.Index(s, "\n## "); end >= 0 {
		s = s[:end]
	}
	return s
}

// testInterrupt sends the process a real SIGINT while it reads a live
// stream: it reports the replies it finished, closes the JSON document,
// says so on stderr and exits with 130.
func testInterrupt(t *testing.T, bin string) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send on Windows")
	}
	cmd := exec.Command(filepath.Join(bin, "replylint"), "--format", "json", "--stdin-filename", "live.jsonl")
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	var stdout, stderr lockedBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Start())
	defer cmd.Process.Kill()
	for i := range 3 {
		fmt.Fprintf(stdin, "{\"id\": %d, \"reply\": \"@klant Misschien is je pakket morgen al binnen.\"}\n", i)
	}
	// The feed stays open, as a live export does; the records are linted
	// as they come. Then the user presses ^C.
	time.Sleep(time.Second)
	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("no exit after SIGINT")
	}
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 130, ee.ExitCode())
	assert.Equal(t, "replylint: interrupted\n", stderr.String())
	var doc struct {
		Files []struct {
			ID int `json:"id"`
		} `json:"files"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout.String()), &doc), "a complete document: %s", stdout.String())
	require.Len(t, doc.Files, 3, "the replies read before ^C were linted and reported")
	for i, f := range doc.Files {
		assert.Equal(t, i, f.ID)
	}
}

// hook is an entry of .pre-commit-hooks.yaml.
type hook struct {
	ID       string   `yaml:"id"`
	Entry    string   `yaml:"entry"`
	Args     []string `yaml:"args"`
	Language string   `yaml:"language"`
	Files    string   `yaml:"files"`
	Exclude  string   `yaml:"exclude"`
	Types    []string `yaml:"types"`
}

// testPreCommitHook runs replylint as pre-commit runs the hook: the entry
// and args from .pre-commit-hooks.yaml, then the staged files that match
// "files" and are text, in the repository's root.
func testPreCommitHook(t *testing.T, bin string) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	require.NoError(t, err)
	var hooks []hook
	require.NoError(t, yaml.Unmarshal(data, &hooks))
	require.Len(t, hooks, 1)
	h := hooks[0]
	assert.Equal(t, "replylint", h.ID)
	assert.Equal(t, "golang", h.Language)
	entry := strings.Fields(h.Entry)
	require.Equal(t, "replylint", entry[0], "the entry runs the binary go install makes")
	files := regexp.MustCompile(h.Files)
	exclude := regexp.MustCompile("^$")
	if h.Exclude != "" {
		exclude = regexp.MustCompile(h.Exclude)
	}

	repo := t.TempDir()
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "init.defaultBranch=main"}, args...)...)
		cmd.Dir = repo
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "git %v: %s", args, out)
		return string(out)
	}
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(repo, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	}
	git("init", "-q")

	// run stages everything and runs the hook on the staged files.
	run := func() (code int, output string, ran []string) {
		t.Helper()
		git("add", "-A")
		staged := strings.Split(strings.TrimRight(git("diff", "--staged", "--name-only", "--no-ext-diff", "-z", "--diff-filter=ACMRTUXB"), "\x00"), "\x00")
		for _, name := range staged {
			if name == "" || !files.MatchString(name) || exclude.MatchString(name) {
				continue
			}
			content, err := os.ReadFile(filepath.Join(repo, name))
			require.NoError(t, err)
			if len(h.Types) > 0 && h.Types[0] == "text" && bytes.IndexByte(content, 0) >= 0 {
				continue // identify's "binary"
			}
			ran = append(ran, name)
		}
		if len(ran) == 0 {
			return 0, "(no files to check)", nil
		}
		args := append(append(entry[1:len(entry):len(entry)], h.Args...), ran...)
		cmd := exec.Command(filepath.Join(bin, "replylint"), args...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out), ran
		}
		require.NoError(t, err)
		return 0, string(out), ran
	}

	write("replies/bad.md", "---\nchannel: public\n---\n@klant Misschien is je pakket morgen al binnen. ^Anne (webcare)\n")
	write("replies/good.txt", "@sanne Wat balen! Ik stuur je vandaag een nieuwe. ^Anne (webcare)\n")
	write("notes.json", `{"Misschien": true}`)
	write("replies/scan.txt", "Misschien\x00binary")
	write("README.md", "# Antwoorden\n\nMisschien zetten we hier later meer.\n")
	write("docs/CHANGELOG.md", "Wellicht volgt er meer.\n")
	code, out, ran := run()
	assert.Equal(t, []string{"replies/bad.md", "replies/good.txt"}, ran, "staged .txt and .md text files, not the repository's documents")
	assert.Equal(t, 1, code, out)
	assert.Contains(t, out, "replies/bad.md:4:8 warning hedging")
	assert.NotContains(t, out, "replies/good.txt:")

	// Fixed and staged: the hook passes.
	write("replies/bad.md", "---\nchannel: public\n---\n@klant Je pakket is morgen binnen. ^Anne (webcare)\n")
	code, out, _ = run()
	assert.Equal(t, 0, code, out)
	assert.Contains(t, out, "no findings in 2 replies")

	// The team's fail level counts: info findings do not fail at warning.
	write("replies/bad.md", "@klant Misschien is je pakket morgen al binnen. ^Anne (webcare)\n")
	write(".replylint.yaml", "rules:\n  hedging: info\n")
	code, out, _ = run()
	assert.Equal(t, 0, code, out)
	assert.Contains(t, out, "info hedging")
	write(".replylint.yaml", "fail_level: info\n")
	code, _, _ = run()
	assert.Equal(t, 1, code, "a finding at the fail level fails the commit")
}

// testLanguageServer runs "replylint lsp" as an editor does: messages on
// its stdin and stdout, then shutdown and exit with status 0.
func testLanguageServer(t *testing.T, bin string) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".replylint.yaml"), []byte("rules:\n  hedging: error\n"), 0o644))
	// The command line the README gives Neovim (and VS Code).
	nvim := readmeBlock(t, "## Editors (language server)", "```lua\n")
	m := regexp.MustCompile(`cmd = \{ 'replylint', '([^']+)' \}`).FindStringSubmatch(nvim)
	require.NotNil(t, m, nvim)
	cmd := exec.Command(filepath.Join(bin, "replylint"), m[1])
	cmd.Dir = dir
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	stderr := &lockedBuffer{}
	cmd.Stderr = stderr
	require.NoError(t, cmd.Start())
	defer cmd.Process.Kill()

	msgs := make(chan map[string]json.RawMessage, 20)
	go func() {
		defer close(msgs)
		rd := lsp.NewReader(stdout)
		for {
			body, err := rd.Read()
			if err != nil {
				return
			}
			var m map[string]json.RawMessage
			if json.Unmarshal(body, &m) == nil {
				msgs <- m
			}
		}
	}()
	next := func() map[string]json.RawMessage {
		t.Helper()
		select {
		case m, ok := <-msgs:
			if !ok {
				t.Fatalf("stdout closed; stderr: %s", stderr.String())
			}
			return m
		case <-time.After(20 * time.Second):
			t.Fatalf("no message; stderr: %s", stderr.String())
		}
		return nil
	}
	send := func(v any) {
		t.Helper()
		require.NoError(t, lsp.WriteMessage(stdin, v))
	}

	send(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": map[string]any{
		"processId": os.Getpid(), "rootUri": fileURL(dir),
		"capabilities": map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-8", "utf-16"}}}}})
	msg := next()
	assert.JSONEq(t, "1", string(msg["id"]))
	assert.Contains(t, string(msg["result"]), `"positionEncoding":"utf-8"`)
	send(map[string]any{"jsonrpc": "2.0", "method": "initialized", "params": map[string]any{}})

	uri := fileURL(filepath.Join(dir, "antwoord.md"))
	send(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "markdown", "version": 1,
		"text": "---\nin_reply_to: Mijn pakket is kwijt!\n---\nCafé 😀 Misschien komt het morgen. ^Anne (webcare)\n"}}})
	msg = next()
	assert.JSONEq(t, `"textDocument/publishDiagnostics"`, string(msg["method"]))
	var p struct {
		URI         string
		Diagnostics []lsp.Diagnostic
	}
	require.NoError(t, json.Unmarshal(msg["params"], &p))
	assert.Equal(t, uri, p.URI)
	var hedging *lsp.Diagnostic
	for i, d := range p.Diagnostics {
		if d.Code == "hedging" {
			hedging = &p.Diagnostics[i]
		}
	}
	require.NotNil(t, hedging, "%+v", p.Diagnostics)
	assert.Equal(t, lsp.Range{Start: lsp.Position{Line: 3, Character: 11}, End: lsp.Position{Line: 3, Character: 20}}, hedging.Range,
		"below the front matter, in UTF-8 bytes")
	assert.Equal(t, 1, hedging.Severity, "error, from the .replylint.yaml beside the file")

	send(map[string]any{"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
	msg = next()
	assert.JSONEq(t, "2", string(msg["id"]))
	send(map[string]any{"jsonrpc": "2.0", "method": "exit"})
	stdin.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		assert.NoError(t, err, "exit status 0 after shutdown and exit")
		assert.Empty(t, stderr.String(), "nothing to log in a good session")
	case <-time.After(20 * time.Second):
		t.Fatal("replylint lsp did not exit")
	}
}

// lockedBuffer collects a process's stderr while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func fileURL(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// pre-commit installs a golang hook with "go install ./..." in a clone:
// the module's committed files must hold no main package but
// cmd/replylint. Files excluded by build constraints (bench/gen.go,
// "//go:build ignore") are not built; an untracked scratch directory is
// not in the clone.
func TestOneMainPackage(t *testing.T) {
	dirs := map[string]bool{}
	out, err := exec.Command("git", "-C", "../..", "ls-files", "--", "*.go").Output()
	if err != nil {
		t.Skip("not a git checkout: no committed files to check")
	}
	for _, f := range strings.Fields(string(out)) {
		dir := filepath.Dir(f)
		skip := false
		for _, part := range strings.Split(filepath.ToSlash(dir), "/") {
			skip = skip || part == "testdata" || strings.HasPrefix(part, ".") && part != "." || strings.HasPrefix(part, "_")
		}
		if !skip {
			dirs[dir] = true
		}
	}
	require.True(t, dirs["cmd/replylint"], "git ls-files lists the command")
	var mains []string
	for dir := range dirs {
		pkg, err := build.Default.ImportDir(filepath.Join("../..", dir), 0)
		var noGo *build.NoGoError
		if errors.As(err, &noGo) {
			continue
		}
		require.NoError(t, err)
		if pkg.Name == "main" {
			mains = append(mains, filepath.ToSlash(dir))
		}
	}
	assert.Equal(t, []string{"cmd/replylint"}, mains)
}

// readmeBlock returns the first code block that starts with fence (e.g.
// "```yaml\n") in the README section under heading.
func readmeBlock(t *testing.T, heading, fence string) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	s := string(data)
	i := strings.Index(s, "\n"+heading+"\n")
	require.Positive(t, i, "README section %q", heading)
	s = s[i+len(heading)+2:]
	if end := strings.Index(s, "\n## "); end >= 0 {
		s = s[:end]
	}
	j := strings.Index(s, fence)
	require.GreaterOrEqual(t, j, 0, "a %q block under %q", fence, heading)
	s = s[j+len(fence):]
	return s[:strings.Index(s, "```")]
}

// readmeAfter returns the next ```yaml block after the block given, in a
// README section.
func readmeAfter(t *testing.T, heading, block string) (string, bool) {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	s := string(data)
	i := strings.Index(s, "\n"+heading+"\n")
	require.Positive(t, i)
	s = s[i:]
	j := strings.Index(s, block)
	require.GreaterOrEqual(t, j, 0)
	s = s[j+len(block):]
	if end := strings.Index(s, "\n## "); end >= 0 {
		s = s[:end]
	}
	k := strings.Index(s, "```yaml\n")
	require.GreaterOrEqual(t, k, 0, "a second yaml block under %q", heading)
	s = s[k+len("```yaml\n"):]
	return s[:strings.Index(s, "```")], true
}

// The README's setups run what the repository ships: the local
// pre-commit hook is the published hook, and the workflow uploads the
// SARIF file it writes.
func TestReadmeSetups(t *testing.T) {
	var local struct {
		Repos []struct {
			Repo  string `yaml:"repo"`
			Hooks []hook `yaml:"hooks"`
		} `yaml:"repos"`
	}
	require.NoError(t, yaml.Unmarshal([]byte(readmeBlock(t, "## pre-commit", "```yaml\n")), &local))
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	require.NoError(t, err)
	var hooks []hook
	require.NoError(t, yaml.Unmarshal(data, &hooks))
	require.Len(t, local.Repos, 1)
	h := local.Repos[0].Hooks[0]
	assert.Equal(t, hooks[0].ID, h.ID)
	assert.Equal(t, hooks[0].Entry, h.Entry)
	assert.Equal(t, hooks[0].Files, h.Files)
	assert.Equal(t, hooks[0].Exclude, h.Exclude)
	assert.Regexp(t, h.Exclude, "README.md", "the README is no reply")
	assert.Regexp(t, h.Exclude, "docs/CHANGELOG.md")
	assert.NotRegexp(t, h.Exclude, "replies/README-antwoord.md")
	assert.Equal(t, hooks[0].Types, h.Types)

	// The remote setup pins a revision that exists: a commit, or a tag
	// the repository has.
	var remote struct {
		Repos []struct {
			Repo string `yaml:"repo"`
			Rev  string `yaml:"rev"`
		} `yaml:"repos"`
	}
	block := readmeBlock(t, "## pre-commit", "```yaml\n")
	rest, _ := readmeAfter(t, "## pre-commit", block)
	require.NoError(t, yaml.Unmarshal([]byte(rest), &remote))
	require.Len(t, remote.Repos, 1)
	rev := remote.Repos[0].Rev
	if _, err := exec.Command("git", "rev-parse", "--git-dir").Output(); err != nil {
		t.Log("not a git checkout: the rev is not checked")
	} else if out, _ := exec.Command("git", "rev-parse", "--is-shallow-repository").Output(); strings.TrimSpace(string(out)) == "true" {
		t.Log("a shallow clone may lack the pinned commit: the rev is not checked")
	} else if err := exec.Command("git", "cat-file", "-e", rev+"^{commit}").Run(); err != nil {
		t.Errorf("rev %q is neither a commit nor a tag of this repository", rev)
	}

	var wf struct {
		Permissions map[string]string `yaml:"permissions"`
		Jobs        map[string]struct {
			Steps []struct {
				ID   string            `yaml:"id"`
				Uses string            `yaml:"uses"`
				Run  string            `yaml:"run"`
				With map[string]string `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	require.NoError(t, yaml.Unmarshal([]byte(readmeBlock(t, "## CI (SARIF, reviewdog, GitHub)", "```yaml\n")), &wf))
	assert.Equal(t, "write", wf.Permissions["security-events"], "upload-sarif needs it")
	var sarifOut, uploaded string
	for _, st := range wf.Jobs["replylint"].Steps {
		if m := regexp.MustCompile(`^replylint --format sarif .* > (\S+)$`).FindStringSubmatch(st.Run); m != nil {
			sarifOut = m[1]
		}
		if strings.HasPrefix(st.Uses, "github/codeql-action/upload-sarif@") {
			uploaded = st.With["sarif_file"]
		}
	}
	assert.NotEmpty(t, sarifOut)
	assert.Equal(t, sarifOut, uploaded)
}
