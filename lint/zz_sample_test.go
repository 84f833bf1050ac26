package lint
import ("testing";"os";"bufio";"encoding/json";"fmt";"math/rand";"github.com/replylint/replylint/tone")
func TestZZSample(t *testing.T){
 f,_:=os.Open(os.Getenv("SAMPLE")); sc:=bufio.NewScanner(f); sc.Buffer(make([]byte,1<<20),1<<20)
 by:=map[string][]string{}; n:=0
 for sc.Scan(){ var r struct{Reply string `json:"reply"`; In *string `json:"in_reply_to"`}; json.Unmarshal(sc.Bytes(),&r); n++
  in:=tone.Input{Text:r.Reply}; if r.In!=nil {in.Incoming=*r.In}
  res:=Lint(in,nil)
  for _,fd:=range res.Findings { if fd.Severity>=Warning { by[fd.Rule]=append(by[fd.Rule], fmt.Sprintf("[%s] %s", fd.Span.In(r.Reply), r.Reply)) } } }
 rng:=rand.New(rand.NewSource(1))
 for rule,xs:=range by { fmt.Printf("== %s %d/%d\n", rule, len(xs), n); if rule==os.Getenv("RULE") { rng.Shuffle(len(xs), func(i,j int){xs[i],xs[j]=xs[j],xs[i]}); for _,x:=range xs[:min(25,len(xs))] { if len(x)>260 {x=x[:260]}; fmt.Println("  ",x) } } }
}
