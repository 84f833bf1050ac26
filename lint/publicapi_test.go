package lint

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const modulePath = "github.com/replylint/replylint"

// foreignTypes returns the types from outside the standard library and
// this module that a file's exported API names: in the signatures of
// exported functions and of exported methods of exported types, exported
// struct fields (embedded ones too), interface methods, and the types of
// exported variables and constants. Each is "pkg.Type at file:line".
func foreignTypes(fset *token.FileSet, f *ast.File) []string {
	// The packages a file may name in its API, by the name it uses: the
	// standard library's and this module's. A selector in a type that
	// names anything else is foreign, so a name guessed wrong here shows
	// as a leak rather than hiding one.
	allowed := map[string]bool{}
	for _, im := range f.Imports {
		path, _ := strconv.Unquote(im.Path.Value)
		first, _, _ := strings.Cut(path, "/")
		if strings.Contains(first, ".") && path != modulePath && !strings.HasPrefix(path, modulePath+"/") {
			continue
		}
		parts := strings.Split(path, "/")
		name := parts[len(parts)-1]
		if _, err := strconv.Atoi(strings.TrimPrefix(name, "v")); err == nil && len(parts) > 1 {
			name = parts[len(parts)-2] // math/rand/v2 is package rand
		}
		if im.Name != nil {
			name = im.Name.Name
		}
		allowed[name] = true
	}
	var out []string
	check := func(n ast.Node) {
		if n == nil {
			return
		}
		ast.Inspect(n, func(n ast.Node) bool {
			// In a type, a selector is always package.Name.
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && !allowed[id.Name] {
					out = append(out, id.Name+"."+sel.Sel.Name+" at "+fset.Position(sel.Pos()).String())
				}
			}
			return true
		})
	}
	exportedRecv := func(fd *ast.FuncDecl) bool {
		if fd.Recv == nil {
			return true
		}
		t := fd.Recv.List[0].Type
		if st, ok := t.(*ast.StarExpr); ok {
			t = st.X
		}
		if ix, ok := t.(*ast.IndexExpr); ok {
			t = ix.X
		}
		id, ok := t.(*ast.Ident)
		return ok && id.IsExported()
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Name.IsExported() && exportedRecv(d) {
				check(d.Type)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					if !s.Name.IsExported() {
						continue
					}
					switch t := s.Type.(type) {
					case *ast.StructType:
						for _, fl := range t.Fields.List {
							exported := len(fl.Names) == 0 // embedded: its methods are promoted
							for _, n := range fl.Names {
								exported = exported || n.IsExported()
							}
							if exported {
								check(fl.Type)
							}
						}
					case *ast.InterfaceType:
						for _, m := range t.Methods.List {
							if len(m.Names) == 0 || m.Names[0].IsExported() {
								check(m.Type)
							}
						}
					default:
						check(s.Type)
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if n.IsExported() {
							check(s.Type)
							break
						}
					}
				}
			}
		}
	}
	return out
}

// The library's public API names no third-party type, so a caller never
// imports yaml or prose to use it, and a change of those dependencies is
// no change of ours (issue 11: tone.DecodeEntries(*yaml.Node) had leaked
// go.yaml.in/yaml/v3 into it).
func TestPublicAPIHasNoThirdPartyTypes(t *testing.T) {
	t.Run("the detector sees a leak", func(t *testing.T) {
		src := `package tone
import (
	"io"
	"go.yaml.in/yaml/v3"
	"github.com/jdkato/prose/v3/tokenize"
	"github.com/replylint/replylint/internal/textpos"
)
type Entry struct {
	Node *yaml.Node
	tok  tokenize.ProseTokenizer
	Pos  textpos.LineIndex
}
type hidden struct{ N yaml.Node }
func DecodeEntries(n *yaml.Node) ([]Entry, error) { return nil, nil }
func (e *Entry) UnmarshalYAML(v *yaml.Node) error { return nil }
func (h hidden) Node() *yaml.Node { return nil }
func Write(w io.Writer) {}
var Tokenizer tokenize.ProseTokenizer
`
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "leak.go", src, parser.SkipObjectResolution)
		require.NoError(t, err)
		got := foreignTypes(fset, f)
		require.Len(t, got, 4, "%q", got)
		for i, want := range []string{"yaml.Node at leak.go:9", "yaml.Node at leak.go:14", "yaml.Node at leak.go:15", "tokenize.ProseTokenizer at leak.go:18"} {
			assert.True(t, strings.HasPrefix(got[i], want), "%q, want %q", got[i], want)
		}
	})
	for _, dir := range []string{"../tone", ".", "../reply"} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			files, err := filepath.Glob(filepath.Join(dir, "*.go"))
			require.NoError(t, err)
			require.NotEmpty(t, files)
			fset := token.NewFileSet()
			for _, path := range files {
				if strings.HasSuffix(path, "_test.go") {
					continue
				}
				f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
				require.NoError(t, err)
				assert.Empty(t, foreignTypes(fset, f), "third-party types in the public API of %s", path)
			}
		})
	}
}
